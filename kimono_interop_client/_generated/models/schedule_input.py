# Generated from openapi/interop.yaml by make generate (openapi-python-client + custom/).
# Do not edit by hand: your change will be overwritten.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ScheduleInput")


@_attrs_define
class ScheduleInput:
    """Only `hour` (0-23, understood in UTC) is expected.

    Attributes:
        hour (int):
    """

    hour: int

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
        d = dict(src_dict)
        hour = d.pop("hour")

        schedule_input = cls(
            hour=hour,
        )

        return schedule_input
