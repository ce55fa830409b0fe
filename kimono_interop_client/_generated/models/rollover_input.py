# Generated from openapi/interop.yaml by make generate (openapi-python-client + custom/).
# Do not edit by hand: your change will be overwritten.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.rollover_status import RolloverStatus
from ..models.rollover_type import RolloverType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rollover_metadata import RolloverMetadata


T = TypeVar("T", bound="RolloverInput")


@_attrs_define
class RolloverInput:
    """The fields of a Rollover that a client sends (the read-only ones are left out).

    Attributes:
        type_ (RolloverType):
        status (RolloverStatus):
        cloud_id (UUID):
        actor_id (UUID | Unset):
        metadata (RolloverMetadata | Unset):
    """

    type_: RolloverType
    status: RolloverStatus
    cloud_id: UUID
    actor_id: UUID | Unset = UNSET
    metadata: RolloverMetadata | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        status = self.status.value

        cloud_id = str(self.cloud_id)

        actor_id: str | Unset = UNSET
        if not isinstance(self.actor_id, Unset):
            actor_id = str(self.actor_id)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "status": status,
                "cloud_id": cloud_id,
            }
        )
        if actor_id is not UNSET:
            field_dict["actor_id"] = actor_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.rollover_metadata import RolloverMetadata

        d = dict(src_dict)
        type_ = RolloverType(d.pop("type"))

        status = RolloverStatus(d.pop("status"))

        cloud_id = UUID(d.pop("cloud_id"))

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

        rollover_input = cls(
            type_=type_,
            status=status,
            cloud_id=cloud_id,
            actor_id=actor_id,
            metadata=metadata,
        )

        return rollover_input
