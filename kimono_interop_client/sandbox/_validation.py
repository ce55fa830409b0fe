"""The sandbox's own request checks, written from openapi/interop.yaml.

A check is a function `(value, where) -> value` that returns the value it accepts (maybe
normalised) or raises `ApiError(400)` naming the offending field. Checks compose like the
spec's schemas do (`obj`, `array`, `nullable`), so each request schema is one short literal in
the route modules. The SDK's generated models are deliberately not used: the sandbox is an
independent implementation that the SDK is tested against.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from ._errors import ApiError

Check = Callable[[Any, str], Any]

INT32_MIN, INT32_MAX = -(2**31), 2**31 - 1
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")


def bad(where: str, problem: str) -> ApiError:
    return ApiError(400, f"Invalid {where}: {problem}", details=where)


def string(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise bad(where, "expected a string")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # JSON can smuggle in lone surrogates ("\ud800")
        raise bad(where, "not valid Unicode text") from None
    return value


def boolean(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise bad(where, "expected a boolean")
    return value


def uuid_str(value: Any, where: str) -> str:
    """A UUID in its canonical 8-4-4-4-12 form, returned lower-cased (the sandbox's key form)."""
    if not isinstance(value, str) or not _UUID.match(value):
        raise bad(where, "expected a UUID")
    return value.lower()


def date_time(value: Any, where: str) -> str:
    if not isinstance(value, str) or not _DATE_TIME.match(value):
        raise bad(where, "expected an RFC 3339 date-time")
    return value


def anything(value: Any, where: str) -> Any:
    return value


def integer(minimum: int = INT32_MIN, maximum: int = INT32_MAX) -> Check:
    def check(value: Any, where: str) -> int:
        # JSON Schema counts 2.0 as an integer; so does the sandbox.
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            raise bad(where, "expected an integer")
        if not minimum <= value <= maximum:
            raise bad(where, f"expected {minimum}..{maximum}, got {value}")
        return value

    return check


def enum(*values: str) -> Check:
    allowed = frozenset(values)

    def check(value: Any, where: str) -> str:
        if not isinstance(value, str) or value not in allowed:
            raise bad(where, f"expected one of {', '.join(values)}")
        return str(value)

    return check


def nullable(inner: Check) -> Check:
    def check(value: Any, where: str) -> Any:
        return None if value is None else inner(value, where)

    return check


def string_map(value: Any, where: str) -> dict[str, str]:
    if not isinstance(value, dict):
        raise bad(where, "expected an object of strings")
    return {
        string(key, f"{where} key"): string(item, f"{where}.{key}") for key, item in value.items()
    }


def array(item: Check) -> Check:
    def check(value: Any, where: str) -> list[Any]:
        if not isinstance(value, list):
            raise bad(where, "expected an array")
        return [item(element, f"{where}[{index}]") for index, element in enumerate(value)]

    return check


def obj(
    fields: Mapping[str, Check], *, required: tuple[str, ...] = (), closed: bool = True
) -> Check:
    """An object schema; `closed` is the spec's `additionalProperties: false`."""

    def check(value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise bad(where, "expected a JSON object")
        missing = [name for name in required if name not in value]
        if missing:
            raise bad(f"{where}.{missing[0]}", "required field is missing")
        unknown = [name for name in value if name not in fields]
        if closed and unknown:
            raise bad(
                f"{where}.{unknown[0]}", "unknown field (the spec forbids additional properties)"
            )
        checked = {
            name: fields[name](value[name], f"{where}.{name}") for name in value if name in fields
        }
        if not closed:
            checked.update({name: value[name] for name in unknown})
        return checked

    return check


# ---- query parameters (strings on the wire) ----------------------------------------------


def query_int(raw: str, where: str, minimum: int, maximum: int = INT32_MAX) -> int:
    try:
        value = int(raw, 10)
    except ValueError:
        raise bad(where, "expected an integer") from None
    if not minimum <= value <= maximum:
        raise bad(where, f"expected {minimum}..{maximum}, got {value}")
    return value


def query_bool(raw: str, where: str) -> bool:
    lowered = raw.lower()
    if lowered not in ("true", "false"):
        raise bad(where, "expected true or false")
    return lowered == "true"
