"""Building the generated models straight from a JSON body, in C (msgspec).

Why: ``json.loads`` + ``from_dict`` builds every object twice in Python, a dict and then the
model with its UUIDs and datetimes; msgspec builds the same attrs instances, ``UUID``s,
datetimes and enum members from the bytes in one C pass (docs/BENCHMARKS.md has the figures).

msgspec is stricter than ``from_dict`` and knows less of the generated models, so it only
answers when its result is exactly what ``from_dict`` would build; otherwise ``decode`` returns
None and the caller uses the generated ``_parse_response`` as before:

- Unknown keys: msgspec drops keys an attrs class does not declare, where ``from_dict`` keeps
  them in ``additional_properties``. A first pass reads the bytes into Structs that mirror the
  models by JSON key with ``forbid_unknown_fields`` and ``msgspec.Raw`` leaves (no value is
  built: about a quarter of ``json.loads``), and any key the spec does not know refuses the body.
- Renamed fields: msgspec reads an attrs class by attribute name, and the generator renames
  ``type`` to ``type_`` and ``next`` to ``next_``. A model with a renamed field, and every model
  that holds one, is read into a Struct with the JSON keys and then copied into the model.
- Types: decoding is strict. A value ``from_dict`` would still take (a float for an int, a UUID
  in braces, a timestamp that is not RFC 3339) makes the whole body fall back; so does invalid
  JSON, whose error the fallback reports as it always has.
- Open enums: msgspec calls the enums' ``_missing_``, so an unknown value becomes the same
  pseudo-member ``from_dict`` makes.

A model this cannot represent (no ``_JSON_KEYS``, a union of two models, ...) gets no plan and
always falls back. ``tests/test_decoding.py`` checks both paths build equal models.
"""

from __future__ import annotations

import logging
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar, Union

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
    check: msgspec.json.Decoder[Any]  # refuses unknown keys; builds nothing worth keeping
    typed: msgspec.json.Decoder[Any]  # builds the models (or wire Structs, see convert)
    convert: _Convert | None  # wire Structs -> models, for trees with renamed fields


# The type forms built at run time from other types, typed Any so that mypy does not read them
# as annotations.
_List: Any = list
_Dict: Any = dict
_Union: Any = Union

_PLANS: dict[type, _Plan | None] = {}
_CHECK_STRUCTS: dict[type, type] = {}
_TYPED_MODELS: dict[type, tuple[Any, _Convert | None]] = {}


def decode(model: type[T], content: bytes) -> T | None:
    """``model`` built from ``content``, or None when only ``from_dict`` can build it."""
    try:
        plan = _PLANS[model]
    except KeyError:
        plan = _PLANS[model] = _plan(model)
    if plan is None:
        return None
    try:
        plan.check.decode(content)
        value = plan.typed.decode(content)
    except msgspec.MsgspecError:  # unknown key, a value it will not coerce, invalid JSON
        return None
    return typing.cast(T, value if plan.convert is None else plan.convert(value))


def has_plan(model: type) -> bool:
    """Whether ``decode`` can build ``model`` at all (for tests and benchmarks)."""
    if model not in _PLANS:
        _PLANS[model] = _plan(model)
    return _PLANS[model] is not None


def _plan(model: type) -> _Plan | None:
    try:
        check = msgspec.json.Decoder(_check_type(model))
        typed, convert = _typed(model)
        return _Plan(check, msgspec.json.Decoder(typed), convert)
    except (_Unsupported, TypeError, NameError) as exc:  # TypeError: msgspec refused a type
        _log.debug("no fast decoding for %s: %s", model.__name__, exc)
        return None


def _is_model(hint: Any) -> bool:
    return isinstance(hint, type) and attrs.has(hint)


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
        fields.append((field.name, keys[field.name], hints[field.name], field.default))
    if len(fields) != len(keys):
        raise _Unsupported(f"{model.__name__}: _JSON_KEYS names a field attrs does not have")
    return fields


# The value types a free-form object's additional_properties may hold for from_dict to keep
# them as they are (it converts nothing else of theirs).
_PLAIN_VALUES = (Any, str, int, float, bool)


def _map_values(model: type) -> Any | None:
    """The value type of a model that is only a free-form object (no declared properties, all
    keys in ``additional_properties``), else None."""
    fields = attrs.fields(model)
    if getattr(model, "_JSON_KEYS", None) or [f.name for f in fields] != ["additional_properties"]:
        return None
    hint = typing.get_type_hints(model)["additional_properties"]
    if typing.get_origin(hint) is not dict:
        return None
    key, value = typing.get_args(hint)
    return value if key is str and value in _PLAIN_VALUES else None


def _into_map(model: type) -> _Convert:
    new = object.__new__

    def convert(value: dict[str, Any]) -> Any:
        instance: Any = new(model)
        instance.additional_properties = value
        return instance

    return convert


def _union_args(hint: Any) -> tuple[Any, ...] | None:
    if typing.get_origin(hint) in (Union, types.UnionType):
        return typing.get_args(hint)
    return None


def _holds_model(hint: Any) -> bool:
    return _is_model(hint) or any(_holds_model(arg) for arg in typing.get_args(hint))


# -- the key check: Structs by JSON key, forbid_unknown_fields, Raw leaves ---------------------


def _check_type(hint: Any) -> Any:
    if not _holds_model(hint):
        return msgspec.Raw  # any JSON value; the typed pass checks it
    if _is_model(hint):
        return _Dict[str, msgspec.Raw] if _map_values(hint) is not None else _check_struct(hint)
    args = _union_args(hint)
    if args is not None:
        kept = [arg for arg in args if arg is not msgspec.UnsetType]
        structured = [arg for arg in kept if _holds_model(arg)]
        others = [arg for arg in kept if not _holds_model(arg)]
        if len(structured) != 1 or others not in ([], [type(None)]):
            raise _Unsupported(f"union {hint}")
        checked = _check_type(structured[0])
        return checked if not others else checked | None
    origin = typing.get_origin(hint)
    if origin is list:
        return _List[_check_type(typing.get_args(hint)[0])]
    if origin is dict:
        key, value = typing.get_args(hint)
        return _Dict[key, _check_type(value)]
    raise _Unsupported(f"type {hint}")


def _check_struct(model: type) -> type:
    struct = _CHECK_STRUCTS.get(model)
    if struct is None:
        fields = _fields(model)
        struct = msgspec.defstruct(
            f"{model.__name__}Keys",
            [(name, _check_type(hint), None) for name, _, hint, _ in fields],
            rename={name: key for name, key, _, _ in fields},
            forbid_unknown_fields=True,
            gc=False,  # holds only Raw and other check Structs: no cycles
        )
        _CHECK_STRUCTS[model] = struct
    return struct


# -- the typed pass: the models themselves, or wire Structs copied into them -------------------


def _typed(hint: Any) -> tuple[Any, _Convert | None]:
    """The type msgspec decodes for ``hint``, and the conversion into the model types (None
    when msgspec builds the models directly)."""
    if _is_model(hint):
        return _typed_model(hint)
    if not _holds_model(hint):
        return hint, None
    args = _union_args(hint)
    if args is not None:
        parts = [_typed(arg) for arg in args]
        union = _Union[tuple(typ for typ, _ in parts)]
        converted = [(typ, convert) for typ, convert in parts if convert is not None]
        if not converted:
            return union, None
        if len(converted) > 1:
            raise _Unsupported(f"union {hint}")
        typ, convert = converted[0]
        kind = typing.get_origin(typ) or typ
        return union, lambda value: convert(value) if isinstance(value, kind) else value
    origin = typing.get_origin(hint)
    if origin is list:
        item, convert_item = _typed(typing.get_args(hint)[0])
        if convert_item is None:
            return hint, None
        return _List[item], lambda value: [convert_item(x) for x in value]
    if origin is dict:
        key, (value_type, convert_value) = (
            typing.get_args(hint)[0],
            _typed(typing.get_args(hint)[1]),
        )
        if convert_value is None:
            return hint, None
        return (
            dict[key, value_type],  # type: ignore[valid-type]
            lambda value: {k: convert_value(v) for k, v in value.items()},
        )
    raise _Unsupported(f"type {hint}")


def _typed_model(model: type) -> tuple[Any, _Convert | None]:
    known = _TYPED_MODELS.get(model)
    if known is not None:
        return known
    values = _map_values(model)
    if values is not None:
        return _Dict[str, values], _into_map(model)
    fields = _fields(model)
    typed = [(name, key, *_typed(hint), default) for name, key, hint, default in fields]
    if all(name == key and convert is None for name, key, _, convert, _ in typed):
        result: tuple[Any, _Convert | None] = (model, None)  # msgspec builds it as it is
    else:
        result = _wire(model, typed)
    _TYPED_MODELS[model] = result
    return result


def _wire(
    model: type, typed: list[tuple[str, str, Any, _Convert | None, Any]]
) -> tuple[Any, _Convert]:
    """A Struct read by JSON key, and the copy of one into ``model``."""
    spec: list[tuple[str, Any] | tuple[str, Any, Any]] = []
    for name, _, typ, _, default in typed:
        if default is attrs.NOTHING:
            spec.append((name, typ))
        elif isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            spec.append((name, typ, msgspec.field(default_factory=default.factory)))
        else:
            spec.append((name, typ, default))
    struct = msgspec.defstruct(
        f"{model.__name__}Wire",
        spec,
        rename={name: key for name, key, _, _, _ in typed},
        kw_only=True,
        gc=False,  # short-lived: copied into the model and dropped
    )
    return struct, _copier(model, [(name, convert) for name, _, _, convert, _ in typed])


def _copier(model: type, steps: list[tuple[str, _Convert | None]]) -> _Convert:
    """A function that copies a wire Struct into a new ``model``, written out field by field
    (as attrs writes its ``__init__``): a loop of getattr/setattr costs twice as much, and this
    runs once per item of a page of a model with a renamed field."""
    namespace: dict[str, Any] = {"new": object.__new__, "model": model}
    lines = ["def copy(wire):", "    instance = new(model)"]
    for index, (name, convert) in enumerate(steps):
        if not name.isidentifier():
            raise _Unsupported(f"{model.__name__}.{name} is not an identifier")
        if convert is None:
            lines.append(f"    instance.{name} = wire.{name}")
        else:
            namespace[f"convert_{index}"] = convert
            lines.append(f"    instance.{name} = convert_{index}(wire.{name})")
    if any(field.name == "additional_properties" for field in attrs.fields(model)):
        lines.append("    instance.additional_properties = {}")
    lines.append("    return instance")
    exec("\n".join(lines), namespace)  # noqa: S102 - names are attrs field names, checked above
    return typing.cast(_Convert, namespace["copy"])
