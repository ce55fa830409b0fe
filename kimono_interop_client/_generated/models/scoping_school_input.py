# Generated from openapi/interop.yaml by make generate (openapi-python-client + custom/).
# Do not edit by hand: your change will be overwritten.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScopingSchoolInput")


@_attrs_define
class ScopingSchoolInput:
    """The fields of a Scoping School that a client sends.

    Attributes:
        account_id (UUID | Unset):
        tenant_id (UUID | Unset):
        school_id (UUID | Unset):
        school_ref_id (str | Unset):
        name (str | Unset):
        local_id (str | Unset):
        keywords (str | Unset):
        selected (bool | Unset):
    """

    account_id: UUID | Unset = UNSET
    tenant_id: UUID | Unset = UNSET
    school_id: UUID | Unset = UNSET
    school_ref_id: str | Unset = UNSET
    name: str | Unset = UNSET
    local_id: str | Unset = UNSET
    keywords: str | Unset = UNSET
    selected: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        account_id: str | Unset = UNSET
        if not isinstance(self.account_id, Unset):
            account_id = str(self.account_id)

        tenant_id: str | Unset = UNSET
        if not isinstance(self.tenant_id, Unset):
            tenant_id = str(self.tenant_id)

        school_id: str | Unset = UNSET
        if not isinstance(self.school_id, Unset):
            school_id = str(self.school_id)

        school_ref_id = self.school_ref_id

        name = self.name

        local_id = self.local_id

        keywords = self.keywords

        selected = self.selected

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if tenant_id is not UNSET:
            field_dict["tenant_id"] = tenant_id
        if school_id is not UNSET:
            field_dict["school_id"] = school_id
        if school_ref_id is not UNSET:
            field_dict["school_ref_id"] = school_ref_id
        if name is not UNSET:
            field_dict["name"] = name
        if local_id is not UNSET:
            field_dict["local_id"] = local_id
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if selected is not UNSET:
            field_dict["selected"] = selected

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _account_id = d.pop("account_id", UNSET)
        account_id: UUID | Unset
        if isinstance(_account_id, Unset):
            account_id = UNSET
        else:
            account_id = UUID(_account_id)

        _tenant_id = d.pop("tenant_id", UNSET)
        tenant_id: UUID | Unset
        if isinstance(_tenant_id, Unset):
            tenant_id = UNSET
        else:
            tenant_id = UUID(_tenant_id)

        _school_id = d.pop("school_id", UNSET)
        school_id: UUID | Unset
        if isinstance(_school_id, Unset):
            school_id = UNSET
        else:
            school_id = UUID(_school_id)

        school_ref_id = d.pop("school_ref_id", UNSET)

        name = d.pop("name", UNSET)

        local_id = d.pop("local_id", UNSET)

        keywords = d.pop("keywords", UNSET)

        selected = d.pop("selected", UNSET)

        scoping_school_input = cls(
            account_id=account_id,
            tenant_id=tenant_id,
            school_id=school_id,
            school_ref_id=school_ref_id,
            name=name,
            local_id=local_id,
            keywords=keywords,
            selected=selected,
        )

        return scoping_school_input
