# Generated from openapi/interop.yaml by make generate (openapi-python-client + custom/).
# Do not edit by hand: your change will be overwritten.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountRef")


@_attrs_define
class AccountRef:
    """
    Attributes:
        id (UUID | Unset):
        name (str | Unset):
        public_id (str | Unset):
        timezone (str | Unset):
        userdata (str | Unset):
    """

    id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    public_id: str | Unset = UNSET
    timezone: str | Unset = UNSET
    userdata: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        name = self.name

        public_id = self.public_id

        timezone = self.timezone

        userdata = self.userdata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if public_id is not UNSET:
            field_dict["public_id"] = public_id
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if userdata is not UNSET:
            field_dict["userdata"] = userdata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        name = d.pop("name", UNSET)

        public_id = d.pop("public_id", UNSET)

        timezone = d.pop("timezone", UNSET)

        userdata = d.pop("userdata", UNSET)

        account_ref = cls(
            id=id,
            name=name,
            public_id=public_id,
            timezone=timezone,
            userdata=userdata,
        )

        account_ref.additional_properties = d
        return account_ref

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
