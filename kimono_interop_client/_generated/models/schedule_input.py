# Generated from openapi/interop.yaml by make generate (openapi-python-client + custom/).
# Do not edit by hand: your change will be overwritten.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import (
    Any,
    ClassVar,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define

from ..types import (
    UNSET,
)

T = TypeVar("T", bound="ScheduleInput")


# The keys from_dict reads into fields (any other key goes to additional_properties).
_FIELD_KEYS = ("hour",)
_FIELD_KEY_SET = frozenset(_FIELD_KEYS)
_read_fields = itemgetter(*_FIELD_KEYS)


@_attrs_define
class ScheduleInput:
    """Only `hour` (0-23, understood in UTC) is expected.

    Attributes:
        hour (int):
    """

    hour: int
    # Each field's JSON key by attribute name (the generator renames `type` to `type_`): what
    # the layer's decoder (kimono_interop_client/_decoding.py) needs to read the same keys.
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "hour": "hour",
    }

    def to_dict(self) -> dict[str, Any]:
        hour = self.hour

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "hour": hour,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        instance = object.__new__(cls)
        exact = len(src_dict) == 1
        if exact:
            try:
                hour_ = _read_fields(src_dict)
            except KeyError:  # as many keys, but not the same ones
                exact = False
        if not exact:  # some field absent (UNSET) or some key unknown
            get = src_dict.get
            hour_ = get("hour", UNSET)
            if hour_ is UNSET:
                raise KeyError("hour")
        instance.hour = hour_
        return instance
