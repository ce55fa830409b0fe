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

from ..models.schedule_type import ScheduleType
from ..types import (
    UNSET,
    Unset,
    parse_datetime,
    parse_shared_uuid,
    parse_uuid,
    redact_secret_keys,
)

T = TypeVar("T", bound="Schedule")


# The keys from_dict reads into fields (any other key goes to additional_properties).
_FIELD_KEYS = (
    "id",
    "created_at",
    "updated_at",
    "account_id",
    "tenant_id",
    "type",
    "last_executed_at",
    "enabled",
    "hour",
    "days",
    "metadata",
)
_FIELD_KEY_SET = frozenset(_FIELD_KEYS)
_read_fields = itemgetter(*_FIELD_KEYS)


@_attrs_define
class Schedule:
    """A collection schedule of a tenant.

    Attributes:
        id (UUID | Unset): Identifier of the object
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
        account_id (UUID | Unset):
        tenant_id (UUID | Unset):
        type_ (ScheduleType | Unset):
        last_executed_at (datetime.datetime | None | Unset):
        enabled (bool | Unset):
        hour (int | Unset):
        days (None | str | Unset):
        metadata (None | ScheduleMetadata | Unset):
    """

    id: UUID | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    account_id: UUID | Unset = UNSET
    tenant_id: UUID | Unset = UNSET
    type_: ScheduleType | Unset = UNSET
    last_executed_at: datetime.datetime | None | Unset = UNSET
    enabled: bool | Unset = UNSET
    hour: int | Unset = UNSET
    days: None | str | Unset = UNSET
    metadata: None | ScheduleMetadata | Unset = UNSET
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
        "type_": "type",
        "last_executed_at": "last_executed_at",
        "enabled": "enabled",
        "hour": "hour",
        "days": "days",
        "metadata": "metadata",
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

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        last_executed_at: None | str | Unset
        if isinstance(self.last_executed_at, Unset):
            last_executed_at = UNSET
        elif isinstance(self.last_executed_at, datetime.datetime):
            last_executed_at = self.last_executed_at.isoformat()
        else:
            last_executed_at = self.last_executed_at

        enabled = self.enabled

        hour = self.hour

        days: None | str | Unset
        if isinstance(self.days, Unset):
            days = UNSET
        else:
            days = self.days

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, ScheduleMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

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
        if type_ is not UNSET:
            field_dict["type"] = type_
        if last_executed_at is not UNSET:
            field_dict["last_executed_at"] = last_executed_at
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if hour is not UNSET:
            field_dict["hour"] = hour
        if days is not UNSET:
            field_dict["days"] = days
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

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
                    type__,
                    last_executed_at_,
                    enabled_,
                    hour_,
                    days_,
                    metadata_,
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
            type__ = get("type", UNSET)
            last_executed_at_ = get("last_executed_at", UNSET)
            enabled_ = get("enabled", UNSET)
            hour_ = get("hour", UNSET)
            days_ = get("days", UNSET)
            metadata_ = get("metadata", UNSET)
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
        instance.type_ = UNSET if type__ is UNSET else ScheduleType.from_value(type__)
        instance.last_executed_at = (
            UNSET
            if last_executed_at_ is UNSET
            else None
            if last_executed_at_ is None
            else parse_datetime(last_executed_at_)
        )
        instance.enabled = enabled_
        instance.hour = hour_
        instance.days = days_
        instance.metadata = (
            UNSET
            if metadata_ is UNSET
            else None
            if metadata_ is None
            else ScheduleMetadata.from_dict(metadata_)
        )
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


# Last, not first: models refer to each other (possibly in cycles), and by the time these run
# this module's class exists. Module-level names also spare from_dict an import per call.
from ..models.schedule_metadata import ScheduleMetadata
