"""Checks on user input, made before a request is built so that bad input never reaches the wire.

Every check is a pure function ``check(name, value)`` that returns the value in the form the
generated endpoint functions expect, or raises :class:`InvalidInputError` (a ``ValueError``)
whose message names the parameter and describes the *shape* of the bad value. Strings are never
echoed: a client secret pasted into the wrong argument must not end up in a log line.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from enum import Enum
from typing import TypeVar, cast
from uuid import UUID

from ._errors import InvalidInputError

INT32_MIN = -(2**31)
INT32_MAX = 2**31 - 1

_E = TypeVar("_E", bound=Enum)
_T = TypeVar("_T")

# The canonical 8-4-4-4-12 form only. `uuid.UUID()` also takes braces, a `urn:uuid:` prefix and
# the 32-digit form without hyphens; an id in any of those shapes is more likely a bug (a
# concatenated or mangled value) than an id, and the service documents only the canonical form.
_CANONICAL_UUID = re.compile(
    r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
)

# Characters a path segment such as an Integration version may not hold. The generated code
# percent-encodes path parameters, but "%" is rejected too so that an already-encoded value is
# not silently double-encoded, and "?" / "#" / "/" because they would change the URL's meaning
# if any layer (a proxy, a log replay) decoded it.
_PATH_SEGMENT_FORBIDDEN = frozenset("/?#%\\")

_UTF8_BOM = b"\xef\xbb\xbf"


def describe(value: object) -> str:
    """The shape of `value` for an error message: its type and size, never its text."""
    if isinstance(value, bool):
        return f"the bool {value}"
    if isinstance(value, int):
        return f"the int {value}"
    if isinstance(value, str | bytes | bytearray):
        return f"a {type(value).__name__} of length {len(value)}"
    return f"a value of type {type(value).__name__}"


def uuid(name: str, value: UUID | str) -> UUID:
    """A UUID, given as a `uuid.UUID` or its canonical string (8-4-4-4-12 hex digits)."""
    if isinstance(value, UUID):
        return value
    if isinstance(value, str) and _CANONICAL_UUID.fullmatch(value):
        return UUID(value)
    raise InvalidInputError(
        f"{name} must be a UUID or a canonical UUID string (8-4-4-4-12 hex digits), "
        f"got {describe(value)}"
    )


def uuids(name: str, values: Sequence[UUID | str]) -> list[UUID]:
    """A non-empty sequence of UUIDs (see :func:`uuid`); a lone string is not a sequence here."""
    items = _non_empty_sequence(name, values)
    return [uuid(f"{name}[{index}]", item) for index, item in enumerate(items)]


def strings(name: str, values: Sequence[str]) -> list[str]:
    """A non-empty sequence of strings; a lone string is refused (it would be split into chars)."""
    items = _non_empty_sequence(name, values)
    return [string(f"{name}[{index}]", item) for index, item in enumerate(items)]


def _non_empty_sequence(name: str, values: Sequence[_T]) -> list[_T]:
    # str and bytes are Sequences too: strings(["a"]) was meant, strings("a") is a bug.
    if isinstance(values, str | bytes | bytearray | Mapping) or not isinstance(values, Sequence):
        raise InvalidInputError(f"{name} must be a list of values, got {describe(values)}")
    if not values:
        raise InvalidInputError(f"{name} must not be empty (omit it to apply no filter)")
    return list(values)


def string(name: str, value: str) -> str:
    """A str (not bytes, not a number)."""
    if not isinstance(value, str):
        raise InvalidInputError(f"{name} must be a str, got {describe(value)}")
    return value


def boolean(name: str, value: bool) -> bool:
    """A real bool: the string "false" or the int 0 would be sent as something else."""
    if not isinstance(value, bool):
        raise InvalidInputError(f"{name} must be a bool, got {describe(value)}")
    return value


def int32(name: str, value: int, *, minimum: int = INT32_MIN, maximum: int = INT32_MAX) -> int:
    """An int within [minimum, maximum] (a signed 32-bit integer by default); bools are refused."""
    # bool is a subclass of int: page_size=True would silently mean page_size=1.
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInputError(f"{name} must be an int, got {describe(value)}")
    if not minimum <= value <= maximum:
        raise InvalidInputError(
            f"{name} must be between {minimum} and {maximum}, got {describe(value)}"
        )
    return value


def page(value: int) -> int:
    """A 0-based page number."""
    return int32("page", value, minimum=0)


def page_size(value: int) -> int:
    """A page size of at least 1."""
    return int32("page_size", value, minimum=1)


# Each prefetched page is a request in flight and a page held in memory; past a few dozen they
# only queue for the pool's connections (100 by default) and load the service.
MAX_PREFETCH = 64


def prefetch(value: int) -> int:
    """How many pages to fetch ahead of the consumer: 0 to ``MAX_PREFETCH``."""
    return int32("prefetch", value, minimum=0, maximum=MAX_PREFETCH)


def hour(value: int) -> int:
    """An hour of the day in UTC, 0 to 23."""
    return int32("hour", value, minimum=0, maximum=23)


def path_segment(name: str, value: str) -> str:
    """A non-empty string that is safe as one URL path segment.

    "." and ".." are refused because httpx normalises dot segments (RFC 3986 section 5.2.4)
    *after* the generated code has quoted them, so ``versions.delete(id, "..")`` would reach
    ``DELETE /v2/interop/integrations/{id}`` and delete the whole Integration. Separators,
    "%", whitespace and control characters are refused as well: no real version contains them,
    and each could make the request reach or log a different path than the caller meant.
    """
    string(name, value)
    if value in {"", ".", ".."}:
        raise InvalidInputError(f"{name} must be a non-empty path segment other than '.' or '..'")
    for char in value:
        if char in _PATH_SEGMENT_FORBIDDEN or char.isspace() or not char.isprintable():
            shown = repr(char) if char.isprintable() else f"U+{ord(char):04X}"
            raise InvalidInputError(
                f"{name} must not contain '/', '?', '#', '%', '\\', whitespace or control "
                f"characters, got {describe(value)} containing {shown}"
            )
    return value


def blueprint(value: str | bytes) -> bytes:
    """An XML Integration Blueprint as UTF-8 bytes: non-empty and starting with '<'.

    This is a cheap plausibility check, not an XML parse: the service validates the document
    itself (and parsing untrusted XML client-side would only add an attack surface). It catches
    the common mistakes: an empty or whitespace-only body, a file path or a JSON document
    passed instead of the XML.
    """
    if isinstance(value, str):
        data = value.encode("utf-8")
    elif isinstance(value, bytes | bytearray | memoryview):
        data = bytes(value)
    else:
        raise InvalidInputError(f"blueprint must be str or bytes of XML, got {describe(value)}")
    body = data.removeprefix(_UTF8_BOM).strip()
    if not body:
        raise InvalidInputError("blueprint must not be empty or whitespace only")
    if not body.startswith(b"<"):
        raise InvalidInputError(
            f"blueprint must be an XML document starting with '<', got {describe(value)}"
        )
    return data


def known_enum(name: str, value: _E | str, enum_type: type[_E]) -> _E:
    """A value of a request enum, given as the member or its string; only listed values.

    The generated enums are open (an unknown value becomes a pseudo-member) so that *responses*
    with new values still parse; what a client *sends* must be a value the spec lists.
    """
    if isinstance(value, enum_type):
        text: object = value.value
    elif isinstance(value, str):
        text = value
    else:
        raise InvalidInputError(
            f"{name} must be a {enum_type.__name__} or str, got {describe(value)}"
        )
    member = enum_type._value2member_map_.get(text)
    if member is None:  # also a pseudo-member the open enum made for an unknown value
        allowed = ", ".join(sorted(str(known.value) for known in enum_type))
        raise InvalidInputError(f"{name} must be one of: {allowed}; got {describe(value)}")
    return cast(_E, member)


def string_map(name: str, value: Mapping[str, str]) -> dict[str, str]:
    """A mapping of str to str (values are not described: they are often secrets)."""
    if not isinstance(value, Mapping):
        raise InvalidInputError(f"{name} must be a mapping of str to str, got {describe(value)}")
    for key, item in value.items():
        if not isinstance(key, str):
            raise InvalidInputError(f"{name} keys must be str, got {describe(key)}")
        if not isinstance(item, str):
            raise InvalidInputError(f"{name}[{key!r}] must be a str, got {describe(item)}")
    return dict(value)
