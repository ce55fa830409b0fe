# Generated from openapi/interop.yaml by make generate (openapi-python-client + custom/).
# Do not edit by hand: your change will be overwritten.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.scoping_school_input import ScopingSchoolInput


T = TypeVar("T", bound="ScopingSchoolsInput")


@_attrs_define
class ScopingSchoolsInput:
    """
    Attributes:
        data (list[ScopingSchoolInput]):
    """

    data: list[ScopingSchoolInput]

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.scoping_school_input import ScopingSchoolInput

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = ScopingSchoolInput.from_dict(data_item_data)

            data.append(data_item)

        scoping_schools_input = cls(
            data=data,
        )

        return scoping_schools_input
