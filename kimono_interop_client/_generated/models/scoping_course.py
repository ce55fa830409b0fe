# Generated from openapi/interop.yaml by make generate (openapi-python-client + custom/).
# Do not edit by hand: your change will be overwritten.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScopingCourse")


@_attrs_define
class ScopingCourse:
    """How a tenant's repository is scoped by one course.

    Attributes:
        id (UUID | Unset): Identifier of the object
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
        account_id (UUID | Unset):
        tenant_id (UUID | Unset):
        course_id (UUID | Unset):
        course_ref_id (str | Unset):
        school_id (UUID | Unset):
        school_ref_id (str | Unset):
        name (str | Unset):
        local_id (str | Unset):
        keywords (str | Unset):
        selected (bool | Unset):
    """

    id: UUID | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    account_id: UUID | Unset = UNSET
    tenant_id: UUID | Unset = UNSET
    course_id: UUID | Unset = UNSET
    course_ref_id: str | Unset = UNSET
    school_id: UUID | Unset = UNSET
    school_ref_id: str | Unset = UNSET
    name: str | Unset = UNSET
    local_id: str | Unset = UNSET
    keywords: str | Unset = UNSET
    selected: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        account_id: str | Unset = UNSET
        if not isinstance(self.account_id, Unset):
            account_id = str(self.account_id)

        tenant_id: str | Unset = UNSET
        if not isinstance(self.tenant_id, Unset):
            tenant_id = str(self.tenant_id)

        course_id: str | Unset = UNSET
        if not isinstance(self.course_id, Unset):
            course_id = str(self.course_id)

        course_ref_id = self.course_ref_id

        school_id: str | Unset = UNSET
        if not isinstance(self.school_id, Unset):
            school_id = str(self.school_id)

        school_ref_id = self.school_ref_id

        name = self.name

        local_id = self.local_id

        keywords = self.keywords

        selected = self.selected

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if tenant_id is not UNSET:
            field_dict["tenant_id"] = tenant_id
        if course_id is not UNSET:
            field_dict["course_id"] = course_id
        if course_ref_id is not UNSET:
            field_dict["course_ref_id"] = course_ref_id
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
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

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

        _course_id = d.pop("course_id", UNSET)
        course_id: UUID | Unset
        if isinstance(_course_id, Unset):
            course_id = UNSET
        else:
            course_id = UUID(_course_id)

        course_ref_id = d.pop("course_ref_id", UNSET)

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

        scoping_course = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            account_id=account_id,
            tenant_id=tenant_id,
            course_id=course_id,
            course_ref_id=course_ref_id,
            school_id=school_id,
            school_ref_id=school_ref_id,
            name=name,
            local_id=local_id,
            keywords=keywords,
            selected=selected,
        )

        scoping_course.additional_properties = d
        return scoping_course

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
