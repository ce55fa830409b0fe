# Generated from openapi/interop.yaml by make generate (openapi-python-client + custom/).
# Do not edit by hand: your change will be overwritten.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rollover_failure_reason import RolloverFailureReason
from ..models.rollover_status import RolloverStatus
from ..models.rollover_type import RolloverType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rollover_metadata import RolloverMetadata


T = TypeVar("T", bound="Rollover")


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
        from ..models.rollover_metadata import RolloverMetadata

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

        name = d.pop("name", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: RolloverType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = RolloverType(_type_)

        _start_date = d.pop("start_date", UNSET)
        start_date: datetime.datetime | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.datetime.fromisoformat(_start_date)

        _end_date = d.pop("end_date", UNSET)
        end_date: datetime.datetime | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = datetime.datetime.fromisoformat(_end_date)

        _cloud_id = d.pop("cloud_id", UNSET)
        cloud_id: UUID | Unset
        if isinstance(_cloud_id, Unset):
            cloud_id = UNSET
        else:
            cloud_id = UUID(_cloud_id)

        _actor_id = d.pop("actor_id", UNSET)
        actor_id: UUID | Unset
        if isinstance(_actor_id, Unset):
            actor_id = UNSET
        else:
            actor_id = UUID(_actor_id)

        _metadata = d.pop("metadata", UNSET)
        metadata: RolloverMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = RolloverMetadata.from_dict(_metadata)

        _status = d.pop("status", UNSET)
        status: RolloverStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = RolloverStatus(_status)

        status_change_failure_count = d.pop("status_change_failure_count", UNSET)

        _failure_reason = d.pop("failure_reason", UNSET)
        failure_reason: RolloverFailureReason | Unset
        if isinstance(_failure_reason, Unset):
            failure_reason = UNSET
        else:
            failure_reason = RolloverFailureReason(_failure_reason)

        rollover = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            account_id=account_id,
            tenant_id=tenant_id,
            name=name,
            type_=type_,
            start_date=start_date,
            end_date=end_date,
            cloud_id=cloud_id,
            actor_id=actor_id,
            metadata=metadata,
            status=status,
            status_change_failure_count=status_change_failure_count,
            failure_reason=failure_reason,
        )

        rollover.additional_properties = d
        return rollover

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
