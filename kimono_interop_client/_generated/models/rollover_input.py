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

from ..models.rollover_status import RolloverStatus
from ..models.rollover_type import RolloverType
from ..types import (
    UNSET,
    Unset,
    parse_shared_uuid,
    parse_uuid,
)

T = TypeVar("T", bound="RolloverInput")


# The keys from_dict reads into fields (any other key goes to additional_properties).
_FIELD_KEYS = (
    "type",
    "status",
    "cloud_id",
    "actor_id",
    "metadata",
)
_FIELD_KEY_SET = frozenset(_FIELD_KEYS)
_read_fields = itemgetter(*_FIELD_KEYS)


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
    # Each field's JSON key by attribute name (the generator renames `type` to `type_`): what
    # the layer's decoder (kimono_interop_client/_decoding.py) needs to read the same keys.
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "type",
        "status": "status",
        "cloud_id": "cloud_id",
        "actor_id": "actor_id",
        "metadata": "metadata",
    }

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
        instance = object.__new__(cls)
        exact = len(src_dict) == 5
        if exact:
            try:
                type__, status_, cloud_id_, actor_id_, metadata_ = _read_fields(
                    src_dict
                )
            except KeyError:  # as many keys, but not the same ones
                exact = False
        if not exact:  # some field absent (UNSET) or some key unknown
            get = src_dict.get
            type__ = get("type", UNSET)
            status_ = get("status", UNSET)
            cloud_id_ = get("cloud_id", UNSET)
            actor_id_ = get("actor_id", UNSET)
            metadata_ = get("metadata", UNSET)
            if type__ is UNSET:
                raise KeyError("type")
            if status_ is UNSET:
                raise KeyError("status")
            if cloud_id_ is UNSET:
                raise KeyError("cloud_id")
        instance.type_ = RolloverType.from_value(type__)
        instance.status = RolloverStatus.from_value(status_)
        instance.cloud_id = parse_shared_uuid(cloud_id_)
        instance.actor_id = UNSET if actor_id_ is UNSET else parse_uuid(actor_id_)
        instance.metadata = (
            UNSET if metadata_ is UNSET else RolloverMetadata.from_dict(metadata_)
        )
        return instance


# Last, not first: models refer to each other (possibly in cycles), and by the time these run
# this module's class exists. Module-level names also spare from_dict an import per call.
from ..models.rollover_metadata import RolloverMetadata
