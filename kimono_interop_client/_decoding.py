"""Building the generated models straight from a JSON body, with msgspec doing the parsing.

Why: ``json.loads`` + ``from_dict`` builds every object twice, a dict in C and then the model
with its UUIDs and datetimes in Python, and the Python half costs twice the C half. Here msgspec
reads the bytes, in C, into Structs that mirror the models by JSON key (UUIDs, datetimes and
enum members made on the way), and generated code copies each Struct into its model: about 1.5x
``json.loads`` for a page of Clouds where the generated path takes 3x (docs/BENCHMARKS.md).
(msgspec can build attrs classes itself, but measured slower than Structs plus the copy here,
and it would read them by attribute name, where the generator renames ``type`` to ``type_``.)

msgspec is stricter than ``from_dict`` and knows less of the generated models, so ``decode``
answers only when its result is exactly what ``from_dict`` would build, and otherwise returns
None so that the caller uses the generated ``_parse_response`` as before:

- Unknown keys: the Structs have ``forbid_unknown_fields``, so a key the spec does not know
  refuses the body, and ``from_dict`` keeps it in ``additional_properties`` as always.
- Types: decoding is strict. A value ``from_dict`` would still take (a float for an int, a UUID
  in braces, a timestamp that is not RFC 3339) makes the whole body fall back, and so does
  invalid JSON, whose error the fallback reports as it always has.
- Open enums: msgspec calls the enums' ``_missing_``, so an unknown value becomes the same
  pseudo-member ``from_dict`` makes.
- Free-form objects (models with no declared property, such as a schedule's ``metadata``) are
  read as dicts and become the model's ``additional_properties``, as ``from_dict`` does.
- The owner references that repeat on every object of a page (``SHARED_UUID_FIELDS``:
  ``account_id``, ...) are read as strings and parsed with ``parse_shared_uuid``, as
  ``from_dict`` parses them: one UUID object per distinct value rather than one per object,
  which also spares the garbage collector (a UUID is an object it tracks; a page of Schedules
  decoded about 1.3x faster so). A value it refuses makes the body fall back.

A model this cannot represent (no ``_JSON_KEYS``, a union of two models, ...) gets no plan and
always falls back. ``tests/test_decoding.py`` checks that both paths build equal models.
"""

from __future__ import annotations

import logging
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar, Union
from uuid import UUID

import attrs
import msgspec

__all__ = ["decode", "has_plan"]

_log = logging.getLogger("kimono_interop_client")

T = TypeVar("T")
_Convert = Callable[[Any], Any]


class _Unsupported(Exception):
    """A model (or a type inside it) this decoder cannot build exactly like ``from_dict``."""


@dataclass(frozen=True, slots=True)
class _Plan:
    decoder: msgspec.json.Decoder[Any]  # bytes -> wire Structs, refusing unknown keys
    convert: _Convert  # wire Structs -> the generated models


# The type forms built at run time from other types, typed Any so that mypy does not read them
# as annotations.
_List: Any = list
_Dict: Any = dict
_Union: Any = Union

_PLANS: dict[type, _Plan | None] = {}
_WIRES: dict[type, tuple[Any, _Convert]] = {}


def decode(model: type[T], content: bytes) -> T | None:
    """``model`` built from ``content``, or None when only ``from_dict`` can build it."""
    try:
        plan = _PLANS[model]
    except KeyError:
        plan = _PLANS[model] = _plan(model)
    if plan is None:
        return None
    try:
        wire = plan.decoder.decode(content)
        model_value = plan.convert(wire)
    except msgspec.MsgspecError:  # an unknown key, a value it will not coerce, invalid JSON
        return None
    except ValueError:  # a shared UUID field that is not a UUID: from_dict reports it
        return None
    except RecursionError:  # a free-form value nested too deep: from_dict reports it
        return None
    return typing.cast(T, model_value)


def has_plan(model: type) -> bool:
    """Whether ``decode`` can build ``model`` at all (for tests and benchmarks)."""
    if model not in _PLANS:
        _PLANS[model] = _plan(model)
    return _PLANS[model] is not None


def _plan(model: type) -> _Plan | None:
    try:
        wire, convert = _wire_model(model)
        return _Plan(msgspec.json.Decoder(wire), convert)
    except _Unsupported as exc:
        _log.debug("no fast decoding for %s: %s", model.__name__, exc)
        return None
    except Exception as exc:  # msgspec refused the types (TypeError, ValueError, ...)
        # A model a future spec generates can cost speed, never a call: from_dict builds it.
        _log.debug("no fast decoding for %s: %s: %s", model.__name__, type(exc).__name__, exc)
        return None


# -- what the generated models declare ---------------------------------------------------------


def _is_model(hint: Any) -> bool:
    return isinstance(hint, type) and attrs.has(hint)


def _mentions_float(hint: Any) -> bool:
    return hint is float or any(_mentions_float(arg) for arg in typing.get_args(hint))


def _holds_model(hint: Any) -> bool:
    return _is_model(hint) or any(_holds_model(arg) for arg in typing.get_args(hint))


def _fields(model: type) -> list[tuple[str, str, Any, Any]]:
    """(attribute, JSON key, type hint, attrs default) of every field but
    ``additional_properties``."""
    keys = getattr(model, "_JSON_KEYS", None)
    if not isinstance(keys, Mapping):
        raise _Unsupported(f"{model.__name__} has no _JSON_KEYS")
    hints = typing.get_type_hints(model)
    fields = []
    for field in attrs.fields(model):
        if field.name == "additional_properties" and not field.init:
            continue
        if field.name not in keys or not field.init or field.validator or field.converter:
            raise _Unsupported(f"{model.__name__}.{field.name} is not a plain JSON field")
        if not field.name.isidentifier():
            raise _Unsupported(f"{model.__name__}.{field.name} is not an identifier")
        fields.append((field.name, keys[field.name], hints[field.name], field.default))
    if len(fields) != len(keys):
        raise _Unsupported(f"{model.__name__}: _JSON_KEYS names a field attrs does not have")
    return fields


# The value types a free-form object's additional_properties may hold for from_dict to keep
# them as they are (it converts nothing else of theirs). Not float: see _wire_type.
_PLAIN_VALUES = (Any, str, int, bool)


def _free_form_values(model: type) -> Any | None:
    """The value type of a model that is only a free-form object (no declared property, every
    key in ``additional_properties``), else None."""
    fields = attrs.fields(model)
    if getattr(model, "_JSON_KEYS", None) or [f.name for f in fields] != ["additional_properties"]:
        return None
    hint = typing.get_type_hints(model)["additional_properties"]
    if typing.get_origin(hint) is not dict:
        return None
    key, value = typing.get_args(hint)
    return value if key is str and value in _PLAIN_VALUES else None


# -- the wire types and the conversions into the models ----------------------------------------


def _wire_type(hint: Any) -> tuple[Any, _Convert | None]:
    """The type msgspec reads for ``hint``, and how to turn what it read into the models
    (None: it is already what the model holds)."""
    if _mentions_float(hint):
        # msgspec reads a JSON 3 for a float as 3.0, where from_dict keeps the int 3: equal,
        # but not the same value (to_dict would write 3.0). No model has one today.
        raise _Unsupported(f"type {hint}: msgspec would turn an int into a float")
    if not _holds_model(hint):
        return hint, None  # UUID, datetime, an enum, str, Any...: msgspec makes them as is
    if _is_model(hint):
        return _wire_model(hint)
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        parts = [_wire_type(arg) for arg in typing.get_args(hint)]
        union = _Union[tuple(typ for typ, _ in parts)]
        converted = [(typ, convert) for typ, convert in parts if convert is not None]
        if len(converted) != 1:  # msgspec cannot tell two object types apart
            raise _Unsupported(f"union {hint}")
        typ, convert = converted[0]
        kind = typing.get_origin(typ) or typ
        return union, lambda value: convert(value) if isinstance(value, kind) else value
    if origin is list:
        item, convert_item = _wire_type(typing.get_args(hint)[0])
        assert convert_item is not None  # the item holds a model
        return _List[item], lambda value: [convert_item(x) for x in value]
    if origin is dict:
        key, value_hint = typing.get_args(hint)
        value_type, convert_value = _wire_type(value_hint)
        assert convert_value is not None
        return _Dict[key, value_type], lambda d: {k: convert_value(v) for k, v in d.items()}
    raise _Unsupported(f"type {hint}")


def _shared_uuids() -> tuple[frozenset[str], Callable[[str], UUID]]:
    """The generated ``SHARED_UUID_FIELDS`` and ``parse_shared_uuid``. Imported when the first
    plan is made rather than with the package, so that ``import kimono_interop_client`` loads
    nothing generated (by the time a body is decoded, its model has loaded them anyway)."""
    from ._generated.types import SHARED_UUID_FIELDS, parse_shared_uuid

    return SHARED_UUID_FIELDS, parse_shared_uuid


def _field_wire_type(name: str, hint: Any) -> tuple[Any, _Convert | None]:
    """``_wire_type`` for a model's field: a shared UUID field is read as a string and parsed by
    ``parse_shared_uuid`` (which the copier calls inline), as the generated ``from_dict`` does."""
    shared_fields, parse_shared_uuid = _shared_uuids()
    if name in shared_fields:
        if hint is UUID:
            return str, parse_shared_uuid
        if typing.get_origin(hint) in (Union, types.UnionType) and set(typing.get_args(hint)) == {
            UUID,
            msgspec.UnsetType,
        }:
            return _Union[str, msgspec.UnsetType], parse_shared_uuid
    return _wire_type(hint)


def _wire_model(model: type) -> tuple[Any, _Convert]:
    known = _WIRES.get(model)
    if known is not None:
        return known
    values = _free_form_values(model)
    if values is not None:
        result: tuple[Any, _Convert] = (_Dict[str, values], _into_free_form(model))
    else:
        fields = [
            (name, key, *_field_wire_type(name, hint), default)
            for name, key, hint, default in _fields(model)
        ]
        spec: list[tuple[str, Any] | tuple[str, Any, Any]] = []
        for name, _, typ, _, default in fields:
            if default is attrs.NOTHING:
                spec.append((name, typ))
            elif isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                spec.append((name, typ, msgspec.field(default_factory=default.factory)))
            else:
                spec.append((name, typ, default))
        struct = msgspec.defstruct(
            f"{model.__name__}Wire",
            spec,
            rename={name: key for name, key, _, _, _ in fields},
            forbid_unknown_fields=True,  # an unknown key must reach additional_properties
            kw_only=True,  # required and optional fields in the model's order
            gc=False,  # a tree copied into the model and dropped: no cycles to collect
        )
        result = (struct, _copier(model, [(name, convert) for name, _, _, convert, _ in fields]))
    _WIRES[model] = result
    return result


def _into_free_form(model: type) -> _Convert:
    new = object.__new__

    def convert(value: dict[str, Any]) -> Any:
        instance: Any = new(model)
        instance.additional_properties = value  # every key, as from_dict keeps them
        return instance

    return convert


def _copier(model: type, steps: list[tuple[str, _Convert | None]]) -> _Convert:
    """A function that copies a wire Struct into a new ``model``, written out field by field
    as attrs writes its ``__init__``: a loop of getattr/setattr costs about twice as much, and
    this runs once per item of a page. The names are attrs field names, identifiers
    (``_fields`` checks)."""
    _, parse_shared_uuid = _shared_uuids()
    namespace: dict[str, Any] = {"new": object.__new__, "model": model}
    lines = ["def copy(wire):", "    instance = new(model)"]
    for index, (name, convert) in enumerate(steps):
        if convert is None:
            lines.append(f"    instance.{name} = wire.{name}")
        elif convert is parse_shared_uuid:  # a string, or UNSET when the key was absent
            namespace["shared_uuid"] = parse_shared_uuid
            lines.append(f"    value = wire.{name}")
            lines.append(
                f"    instance.{name} = shared_uuid(value) if value.__class__ is str else value"
            )
        else:
            namespace[f"convert_{index}"] = convert
            lines.append(f"    instance.{name} = convert_{index}(wire.{name})")
    if any(field.name == "additional_properties" for field in attrs.fields(model)):
        lines.append("    instance.additional_properties = {}")
    lines.append("    return instance")
    exec("\n".join(lines), namespace)  # noqa: S102
    return typing.cast(_Convert, namespace["copy"])
