# Generated from openapi/interop.yaml by make generate (openapi-python-client + custom/).
# Do not edit by hand: your change will be overwritten.
"""Contains some shared types for properties"""

import datetime
from collections.abc import Callable, Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Final, Generic, TypeVar
from uuid import UUID, SafeUUID

import msgspec
from attrs import define
from msgspec import UnsetType

# The marker of a field the service did not send (distinct from an explicit null): falsy,
# repr "UNSET", `isinstance(value, Unset)`. It is msgspec's own sentinel rather than a class of
# ours because kimono_interop_client/_decoding.py builds these models from the response bytes
# with msgspec, which understands `X | UnsetType` fields and no other custom sentinel.
Unset = UnsetType
UNSET: Final[Unset] = msgspec.UNSET

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


def status_of(code: int) -> HTTPStatus | int:
    """The HTTPStatus for a registered code, the plain int for any other (never raises)."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


# Model parsing (from_dict) calls these for every field of every object: a page of 10,000 objects
# makes tens of thousands of calls, so they are bound once here rather than looked up each time.
_convert = msgspec.convert


def parse_datetime(value: str) -> datetime.datetime:
    """An RFC 3339 timestamp read as msgspec reads it (the layer builds the same models from
    the bytes with msgspec, which rounds a fraction of more than 6 digits to the nearest
    microsecond where fromisoformat cuts it); any other ISO 8601 form by fromisoformat."""
    try:
        return _convert(value, datetime.datetime)
    except msgspec.ValidationError:
        return datetime.datetime.fromisoformat(value)


parse_date: Final[Callable[[str], datetime.date]] = datetime.date.fromisoformat

# UUID's own slots, written directly: UUID.__setattr__ refuses every write (UUIDs are immutable).
_set_uuid_int: Final = UUID.__dict__["int"].__set__
_set_uuid_is_safe: Final = UUID.__dict__["is_safe"].__set__
_UUID_SAFETY_UNKNOWN: Final = (
    SafeUUID.unknown
)  # an enum member lookup costs more than a global


def parse_uuid(value: str) -> UUID:
    """``UUID(value)``, about twice as fast on the usual hyphenated and plain hex forms.

    UUID() strips braces and "urn:uuid:", drops every "-", then requires 32 digits that int(_, 16)
    accepts. The fast path does the last two steps itself and builds the UUID from the number, so
    whatever it accepts UUID() accepts with the same value; everything else (braces, URNs, bad
    input, non-strings) goes to UUID() itself, which parses it or raises as it always did.
    """
    if type(value) is str:
        digits = value.replace("-", "")
        if len(digits) == 32:
            try:
                number = int(digits, 16)
            except ValueError:
                pass
            else:
                uuid = object.__new__(UUID)
                _set_uuid_int(uuid, number)
                _set_uuid_is_safe(uuid, _UUID_SAFETY_UNKNOWN)
                return uuid
    return UUID(value)


# References that repeat on every object of a page (all of an account's clouds carry the same
# account_id): parsed once, then looked up. Bounded; UUIDs are immutable, so sharing one is safe.
# The models parse the fields named here with parse_shared_uuid, every other UUID with parse_uuid.
SHARED_UUID_FIELDS: Final = frozenset({"account_id", "cloud_id", "tenant_id"})
_shared_uuids: dict[str, UUID] = {}
_SHARED_UUIDS_MAX: Final = 256


def parse_shared_uuid(value: str) -> UUID:
    """parse_uuid for a value likely to repeat (account_id, tenant_id, cloud_id)."""
    uuid = _shared_uuids.get(value)
    if uuid is None:
        uuid = parse_uuid(value)
        if len(_shared_uuids) >= _SHARED_UUIDS_MAX:
            _shared_uuids.clear()
        _shared_uuids[value] = uuid
    return uuid


def payload_bytes(payload: BinaryIO | bytes) -> bytes:
    """A raw body as bytes: an async client cannot stream a sync file object, and bytes can be
    sent again by a retry or a replay after a 401."""
    if isinstance(payload, bytes | bytearray):
        return bytes(payload)
    return payload.read()


# Key fragments that mark a credential among fields the spec does not list (kept in
# additional_properties): their values stay out of repr(), as the listed secret fields do.
_SECRET_KEY_FRAGMENTS = (
    "secret",
    "token",
    "password",
    "passwd",
    "api_key",
    "apikey",
    "credential",
    "private",
)


def redact_secret_keys(props: Mapping[str, Any]) -> str:
    """repr() of unknown fields, with the values of credential-like keys hidden."""
    return repr(
        {
            key: "<redacted>"
            if any(part in key.lower() for part in _SECRET_KEY_FRAGMENTS)
            else value
            for key, value in props.items()
        }
    )


def redact_all(props: Mapping[str, Any]) -> str:
    """repr() of a map whose values may all be credentials (an application's auth properties)."""
    return repr({key: "<redacted>" for key in props})


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    # An int, not only HTTPStatus: services and proxies send codes that are not IANA's (520).
    status_code: HTTPStatus | int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "parse_date",
    "parse_datetime",
    "parse_shared_uuid",
    "parse_uuid",
    "payload_bytes",
    "redact_all",
    "redact_secret_keys",
    "status_of",
]
