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

from ..models.rollover_failure_reason import RolloverFailureReason
from ..models.rollover_status import RolloverStatus
from ..models.rollover_type import RolloverType
from ..types import (
    UNSET,
    Unset,
    parse_datetime,
    parse_shared_uuid,
    parse_uuid,
    redact_secret_keys,
)

T = TypeVar("T", bound="Rollover")


# The keys from_dict reads into fields (any other key goes to additional_properties).
_FIELD_KEYS = (
    "id",
    "created_at",
    "updated_at",
    "account_id",
    "tenant_id",
    "name",
    "type",
    "start_date",
    "end_date",
    "cloud_id",
    "actor_id",
    "metadata",
    "status",
    "status_change_failure_count",
    "failure_reason",
)
_FIELD_KEY_SET = frozenset(_FIELD_KEYS)
_read_fields = itemgetter(*_FIELD_KEYS)


@_attrs_define
class Rollover:
    """A school-year rollover of a tenant. `name`, `start_date` and `end_date` are set by the service.

    Attributes:
        id (UUID | Unset): Identifier of the object
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
        account_id (UUID | Unset):
        tenant_id (UUID | Unset):
        name (str | Unset):
        type_ (RolloverType | Unset):
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        cloud_id (UUID | Unset):
        actor_id (UUID | Unset):
        metadata (RolloverMetadata | Unset):
        status (RolloverStatus | Unset):
        status_change_failure_count (int | Unset):
        failure_reason (RolloverFailureReason | Unset):
    """

    id: UUID | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    account_id: UUID | Unset = UNSET
    tenant_id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    type_: RolloverType | Unset = UNSET
    start_date: datetime.datetime | Unset = UNSET
    end_date: datetime.datetime | Unset = UNSET
    cloud_id: UUID | Unset = UNSET
    actor_id: UUID | Unset = UNSET
    metadata: RolloverMetadata | Unset = UNSET
    status: RolloverStatus | Unset = UNSET
    status_change_failure_count: int | Unset = UNSET
    failure_reason: RolloverFailureReason | Unset = UNSET
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
        "name": "name",
        "type_": "type",
        "start_date": "start_date",
        "end_date": "end_date",
        "cloud_id": "cloud_id",
        "actor_id": "actor_id",
        "metadata": "metadata",
        "status": "status",
        "status_change_failure_count": "status_change_failure_count",
        "failure_reason": "failure_reason",
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

        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        cloud_id: str | Unset = UNSET
        if not isinstance(self.cloud_id, Unset):
            cloud_id = str(self.cloud_id)

        actor_id: str | Unset = UNSET
        if not isinstance(self.actor_id, Unset):
            actor_id = str(self.actor_id)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        status_change_failure_count = self.status_change_failure_count

        failure_reason: str | Unset = UNSET
        if not isinstance(self.failure_reason, Unset):
            failure_reason = self.failure_reason.value

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
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if cloud_id is not UNSET:
            field_dict["cloud_id"] = cloud_id
        if actor_id is not UNSET:
            field_dict["actor_id"] = actor_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if status is not UNSET:
            field_dict["status"] = status
        if status_change_failure_count is not UNSET:
            field_dict["status_change_failure_count"] = status_change_failure_count
        if failure_reason is not UNSET:
            field_dict["failure_reason"] = failure_reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        instance = object.__new__(cls)
        exact = len(src_dict) == 15
        if exact:
            try:
                (
                    id_,
                    created_at_,
                    updated_at_,
                    account_id_,
                    tenant_id_,
                    name_,
                    type__,
                    start_date_,
                    end_date_,
                    cloud_id_,
                    actor_id_,
                    metadata_,
                    status_,
                    status_change_failure_count_,
                    failure_reason_,
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
            name_ = get("name", UNSET)
            type__ = get("type", UNSET)
            start_date_ = get("start_date", UNSET)
            end_date_ = get("end_date", UNSET)
            cloud_id_ = get("cloud_id", UNSET)
            actor_id_ = get("actor_id", UNSET)
            metadata_ = get("metadata", UNSET)
            status_ = get("status", UNSET)
            status_change_failure_count_ = get("status_change_failure_count", UNSET)
            failure_reason_ = get("failure_reason", UNSET)
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
        instance.name = name_
        instance.type_ = UNSET if type__ is UNSET else RolloverType.from_value(type__)
        instance.start_date = (
            UNSET if start_date_ is UNSET else parse_datetime(start_date_)
        )
        instance.end_date = UNSET if end_date_ is UNSET else parse_datetime(end_date_)
        instance.cloud_id = (
            UNSET if cloud_id_ is UNSET else parse_shared_uuid(cloud_id_)
        )
        instance.actor_id = UNSET if actor_id_ is UNSET else parse_uuid(actor_id_)
        instance.metadata = (
            UNSET if metadata_ is UNSET else RolloverMetadata.from_dict(metadata_)
        )
        instance.status = (
            UNSET if status_ is UNSET else RolloverStatus.from_value(status_)
        )
        instance.status_change_failure_count = status_change_failure_count_
        instance.failure_reason = (
            UNSET
            if failure_reason_ is UNSET
            else RolloverFailureReason.from_value(failure_reason_)
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
from ..models.rollover_metadata import RolloverMetadata
