# Generated from openapi/interop.yaml by make generate (openapi-python-client + custom/).
# Do not edit by hand: your change will be overwritten.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CloudInput")


@_attrs_define
class CloudInput:
    """The fields of a Cloud that a client sends.

    Attributes:
        name (str | Unset):
        userdata (str | Unset):
        generation (int | Unset):
    """

    name: str | Unset = UNSET
    userdata: str | Unset = UNSET
    generation: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        userdata = self.userdata

        generation = self.generation

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if userdata is not UNSET:
            field_dict["userdata"] = userdata
        if generation is not UNSET:
            field_dict["generation"] = generation

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        userdata = d.pop("userdata", UNSET)

        generation = d.pop("generation", UNSET)

        cloud_input = cls(
            name=name,
            userdata=userdata,
            generation=generation,
        )

        return cloud_input
