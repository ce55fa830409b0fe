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
from uuid import UUID

from attrs import define as _attrs_define

from ..types import (
    UNSET,
    Unset,
    parse_shared_uuid,
    parse_uuid,
)

T = TypeVar("T", bound="ScopingCourseInput")


# The keys from_dict reads into fields (any other key goes to additional_properties).
_FIELD_KEYS = (
    "account_id",
    "tenant_id",
    "course_id",
    "course_ref_id",
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
class ScopingCourseInput:
    """The fields of a Scoping Course that a client sends.

    Attributes:
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
    # Each field's JSON key by attribute name (the generator renames `type` to `type_`): what
    # the layer's decoder (kimono_interop_client/_decoding.py) needs to read the same keys.
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "account_id": "account_id",
        "tenant_id": "tenant_id",
        "course_id": "course_id",
        "course_ref_id": "course_ref_id",
        "school_id": "school_id",
        "school_ref_id": "school_ref_id",
        "name": "name",
        "local_id": "local_id",
        "keywords": "keywords",
        "selected": "selected",
    }

    def to_dict(self) -> dict[str, Any]:
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

        field_dict.update({})
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
        instance = object.__new__(cls)
        exact = len(src_dict) == 10
        if exact:
            try:
                (
                    account_id_,
                    tenant_id_,
                    course_id_,
                    course_ref_id_,
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
            account_id_ = get("account_id", UNSET)
            tenant_id_ = get("tenant_id", UNSET)
            course_id_ = get("course_id", UNSET)
            course_ref_id_ = get("course_ref_id", UNSET)
            school_id_ = get("school_id", UNSET)
            school_ref_id_ = get("school_ref_id", UNSET)
            name_ = get("name", UNSET)
            local_id_ = get("local_id", UNSET)
            keywords_ = get("keywords", UNSET)
            selected_ = get("selected", UNSET)
        instance.account_id = (
            UNSET if account_id_ is UNSET else parse_shared_uuid(account_id_)
        )
        instance.tenant_id = (
            UNSET if tenant_id_ is UNSET else parse_shared_uuid(tenant_id_)
        )
        instance.course_id = UNSET if course_id_ is UNSET else parse_uuid(course_id_)
        instance.course_ref_id = course_ref_id_
        instance.school_id = UNSET if school_id_ is UNSET else parse_uuid(school_id_)
        instance.school_ref_id = school_ref_id_
        instance.name = name_
        instance.local_id = local_id_
        instance.keywords = keywords_
        instance.selected = selected_
        return instance
