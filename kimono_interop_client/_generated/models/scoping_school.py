# Generated from openapi/interop.yaml by make generate (openapi-python-client + custom/).
# Do not edit by hand: your change will be overwritten.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from operator import itemgetter
from typing import (
    Any,
    ClassVar,
    Self,
    TypeVar,
)
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    parse_datetime,
    parse_shared_uuid,
    parse_uuid,
    redact_secret_keys,
)

T = TypeVar("T", bound="ScopingSchool")


# The keys from_dict reads into fields (any other key goes to additional_properties).
_FIELD_KEYS = (
    "id",
    "created_at",
    "updated_at",
    "account_id",
    "tenant_id",
    "school_id",
    "school_ref_id",
    "name",
    "local_id",
    "keywords",
    "selected",
)
_FIELD_KEY_SET = frozenset(_FIELD_KEYS)
_read_fields = itemgetter(*_FIELD_KEYS)


@_attrs_define
class ScopingSchool:
    """How a tenant's repository is scoped by one school.

    Attributes:
        id (UUID | Unset): Identifier of the object
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
        account_id (UUID | Unset):
        tenant_id (UUID | Unset):
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
    school_id: UUID | Unset = UNSET
    school_ref_id: str | Unset = UNSET
    name: str | Unset = UNSET
    local_id: str | Unset = UNSET
    keywords: str | Unset = UNSET
    selected: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redact_secret_keys
    )
    # Each field's JSON key by attribute name (the generator renames `type` to `type_`): what
    # the layer's decoder (kimono_interop_client/_decoding.py) needs to read the same keys.
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "created_at": "created_at",
        "updated_at": "updated_at",
        "account_id": "account_id",
        "tenant_id": "tenant_id",
        "school_id": "school_id",
        "school_ref_id": "school_ref_id",
        "name": "name",
        "local_id": "local_id",
        "keywords": "keywords",
        "selected": "selected",
    }

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
        instance = object.__new__(cls)
        exact = len(src_dict) == 11
        if exact:
            try:
                (
                    id_,
                    created_at_,
                    updated_at_,
                    account_id_,
                    tenant_id_,
                    school_id_,
                    school_ref_id_,
                    name_,
                    local_id_,
                    keywords_,
                    selected_,
                ) = _read_fields(src_dict)
            except KeyError:  # as many keys, but not the same ones
                exact = False
        if not exact:  # some field absent (UNSET) or some key unknown
            get = src_dict.get
            id_ = get("id", UNSET)
            created_at_ = get("created_at", UNSET)
            updated_at_ = get("updated_at", UNSET)
            account_id_ = get("account_id", UNSET)
            tenant_id_ = get("tenant_id", UNSET)
            school_id_ = get("school_id", UNSET)
            school_ref_id_ = get("school_ref_id", UNSET)
            name_ = get("name", UNSET)
            local_id_ = get("local_id", UNSET)
            keywords_ = get("keywords", UNSET)
            selected_ = get("selected", UNSET)
        instance.id = UNSET if id_ is UNSET else parse_uuid(id_)
        instance.created_at = (
            UNSET if created_at_ is UNSET else parse_datetime(created_at_)
        )
        instance.updated_at = (
            UNSET if updated_at_ is UNSET else parse_datetime(updated_at_)
        )
        instance.account_id = (
            UNSET if account_id_ is UNSET else parse_shared_uuid(account_id_)
        )
        instance.tenant_id = (
            UNSET if tenant_id_ is UNSET else parse_shared_uuid(tenant_id_)
        )
        instance.school_id = UNSET if school_id_ is UNSET else parse_uuid(school_id_)
        instance.school_ref_id = school_ref_id_
        instance.name = name_
        instance.local_id = local_id_
        instance.keywords = keywords_
        instance.selected = selected_
        if exact:
            instance.additional_properties = {}
        else:
            instance.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _FIELD_KEY_SET
            }
        return instance

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
