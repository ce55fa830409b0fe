"""Hypothesis strategies for the JSON Schemas of openapi/interop.yaml: every value drawn is valid
against its schema (the tests check that with jsonschema, so a bug here cannot pass unseen).

Covers the subset of JSON Schema the spec uses: $ref, allOf, oneOf, type (also as a list),
properties, required, additionalProperties, items, enum, minimum/maximum and the formats uuid,
date-time, int32, int64 and password. (hypothesis-jsonschema 0.23 no longer runs on the
hypothesis this project pins, so the strategies are written here, for this spec.)
"""

from __future__ import annotations

import copy
from datetime import datetime
from functools import cache
from typing import Any

import jsonschema
from hypothesis import strategies as st

Json = Any
INT32 = (-(2**31), 2**31 - 1)
INT64 = (-(2**63), 2**63 - 1)
# Text that JSON can carry as UTF-8: no lone surrogates.
TEXT = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=40)


class SchemaSet:
    """The spec's components, with strategies and validators by JSON pointer.

    One overlay on the spec: the response envelopes (`...Response` schemas) get `data` as a
    required property. The spec leaves it optional, but the SDK's contract (COMMON.md) treats an
    envelope without `data` as not what the API sends and raises ResponseValidationError;
    tests/reliability/test_hostile.py checks that behaviour on its own.
    """

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = copy.deepcopy(spec)
        for name, schema in self.spec["components"]["schemas"].items():
            if name.endswith("Response") and "data" in schema.get("properties", {}):
                schema["required"] = sorted({*schema.get("required", ()), "data"})
        self._registry: dict[str, st.SearchStrategy[Json]] = {}

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in schema:
            node: Any = self.spec
            for part in schema["$ref"].removeprefix("#/").split("/"):
                node = node[part]
            schema = node
        return schema

    def validator(self, schema: dict[str, Any]) -> jsonschema.protocols.Validator:
        root = {**schema, "components": self.spec["components"]}
        return jsonschema.Draft202012Validator(
            root, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
        )

    def strategy(self, schema: dict[str, Any]) -> st.SearchStrategy[Json]:
        ref = schema.get("$ref")
        if ref is not None:
            if ref not in self._registry:
                # Deferred, so recursive or shared schemas build once.
                self._registry[ref] = st.deferred(lambda: self._build(self.resolve(schema)))
            return self._registry[ref]
        return self._build(schema)

    def _build(self, schema: dict[str, Any]) -> st.SearchStrategy[Json]:
        if "$ref" in schema:
            return self.strategy(schema)
        if "allOf" in schema:
            return self._object(self._merge(schema))
        if "oneOf" in schema or "anyOf" in schema:
            options = schema.get("oneOf") or schema["anyOf"]
            return st.one_of([self.strategy(option) for option in options])
        if "enum" in schema:
            return st.sampled_from(schema["enum"])
        kinds = schema.get("type")
        if isinstance(kinds, list):
            return st.one_of([self._build({**schema, "type": kind}) for kind in kinds])
        if kinds == "null":
            return st.none()
        if kinds == "boolean":
            return st.booleans()
        if kinds == "integer":
            low, high = INT64 if schema.get("format") == "int64" else INT32
            return st.integers(schema.get("minimum", low), schema.get("maximum", high))
        if kinds == "number":
            return st.floats(allow_nan=False, allow_infinity=False)
        if kinds == "string":
            return _string(schema.get("format"))
        if kinds == "array":
            return st.lists(self.strategy(schema.get("items", {})), max_size=4)
        if kinds == "object" or "properties" in schema:
            return self._object(schema)
        return st.recursive(
            st.none() | st.booleans() | st.integers(*INT32) | TEXT,
            lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
            max_leaves=5,
        )

    def _merge(self, schema: dict[str, Any]) -> dict[str, Any]:
        """One object schema from an allOf, nested allOfs (BaseResource in BaseAccountResource
        in Cloud...) flattened, so every inherited property is known."""
        merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        for part in schema["allOf"]:
            part = self.resolve(part)
            if "allOf" in part:
                part = self._merge(part)
            merged["properties"].update(part.get("properties", {}))
            merged["required"] += part.get("required", [])
        return merged

    def _object(self, schema: dict[str, Any]) -> st.SearchStrategy[Json]:
        properties = schema.get("properties", {})
        required = set(schema.get("required", ()))
        fixed = {name: self.strategy(sub) for name, sub in properties.items() if name in required}
        optional = {
            name: self.strategy(sub) for name, sub in properties.items() if name not in required
        }
        known = st.fixed_dictionaries(fixed, optional=optional)
        extra = schema.get("additionalProperties", True)
        if extra is False:
            return known
        extra_values = self._build({}) if extra is True else self.strategy(extra)
        unknown_keys = TEXT.filter(lambda key: key not in properties)
        extras = st.dictionaries(unknown_keys, extra_values, max_size=2)
        return st.builds(lambda base, more: {**more, **base}, known, extras)


@cache
def _string(fmt: str | None) -> st.SearchStrategy[str]:
    if fmt == "uuid":
        return st.uuids().map(str)
    if fmt == "date-time":
        return _date_times()
    return TEXT


def _date_times() -> st.SearchStrategy[str]:
    """RFC 3339 date-times as a Java service writes them: Z or an offset, 0-9 fraction digits."""
    offsets = st.sampled_from(["Z", "+00:00", "+05:30", "-08:00"])
    fraction = st.one_of(st.just(""), st.from_regex(r"\.[0-9]{1,9}", fullmatch=True))
    moments = st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(2099, 12, 31))
    return st.builds(
        lambda moment, frac, offset: moment.strftime("%Y-%m-%dT%H:%M:%S") + frac + offset,
        moments,
        fraction,
        offsets,
    )
