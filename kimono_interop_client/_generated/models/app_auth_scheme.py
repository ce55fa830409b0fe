# Generated from openapi/interop.yaml by make generate (openapi-python-client + custom/).
# Do not edit by hand: your change will be overwritten.
from enum import StrEnum
from typing import cast


class AppAuthScheme(StrEnum):
    """An open set of values: a value the service sends that this list does not know becomes a
    pseudo-member that keeps it (``is_unknown`` is true) instead of failing the call."""

    API_KEY = "api_key"
    BASIC = "basic"
    OAUTH2 = "oauth2"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_unknown(self) -> bool:
        """True for a value that the spec does not list."""
        return self._value_ not in type(self)._value2member_map_

    @classmethod
    def from_value(cls, value: str) -> "AppAuthScheme":
        """The member for ``value`` (a pseudo-member for a value the spec does not list): the
        same as calling the class, with a single dict lookup for the known values, since model
        parsing does this for every enum field of every object."""
        member = cls._value2member_map_.get(value)
        if member is None:
            return cls(value)
        return cast("AppAuthScheme", member)

    @classmethod
    def _missing_(cls, value: object) -> "AppAuthScheme | None":
        if not isinstance(value, str):
            return None
        # Not cached in _value2member_map_: a hostile server must not grow the class forever.
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
