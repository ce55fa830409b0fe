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

from ..models.ingestion_state import IngestionState
from ..models.ingestion_type import IngestionType
from ..types import (
    UNSET,
    Unset,
    parse_datetime,
    parse_shared_uuid,
    parse_uuid,
    redact_secret_keys,
)

T = TypeVar("T", bound="Ingestion")


# The keys from_dict reads into fields (any other key goes to additional_properties).
_FIELD_KEYS = (
    "id",
    "created_at",
    "updated_at",
    "account_id",
    "tenant_id",
    "type",
    "state",
    "started_at",
    "external_import_ids",
    "has_pending_task",
    "metadata",
)
_FIELD_KEY_SET = frozenset(_FIELD_KEYS)
_read_fields = itemgetter(*_FIELD_KEYS)


@_attrs_define
class Ingestion:
    """An ingestion of data into a tenant's repository.

    Attributes:
        id (UUID | Unset): Identifier of the object
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
        account_id (UUID | Unset):
        tenant_id (UUID | Unset):
        type_ (IngestionType | Unset):
        state (IngestionState | Unset):
        started_at (datetime.datetime | None | Unset):
        external_import_ids (list[str] | Unset):
        has_pending_task (bool | Unset):
        metadata (IngestionMetadata | Unset):
    """

    id: UUID | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    account_id: UUID | Unset = UNSET
    tenant_id: UUID | Unset = UNSET
    type_: IngestionType | Unset = UNSET
    state: IngestionState | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    external_import_ids: list[str] | Unset = UNSET
    has_pending_task: bool | Unset = UNSET
    metadata: IngestionMetadata | Unset = UNSET
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
        "state": "state",
        "started_at": "started_at",
        "external_import_ids": "external_import_ids",
        "has_pending_task": "has_pending_task",
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

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        external_import_ids: list[str] | Unset = UNSET
        if not isinstance(self.external_import_ids, Unset):
            external_import_ids = self.external_import_ids

        has_pending_task = self.has_pending_task

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

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
        if state is not UNSET:
            field_dict["state"] = state
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if external_import_ids is not UNSET:
            field_dict["external_import_ids"] = external_import_ids
        if has_pending_task is not UNSET:
            field_dict["has_pending_task"] = has_pending_task
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
                    state_,
                    started_at_,
                    external_import_ids_,
                    has_pending_task_,
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
            state_ = get("state", UNSET)
            started_at_ = get("started_at", UNSET)
            external_import_ids_ = get("external_import_ids", UNSET)
            has_pending_task_ = get("has_pending_task", UNSET)
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
        instance.type_ = UNSET if type__ is UNSET else IngestionType.from_value(type__)
        instance.state = UNSET if state_ is UNSET else IngestionState.from_value(state_)
        instance.started_at = (
            UNSET
            if started_at_ is UNSET
            else None
            if started_at_ is None
            else parse_datetime(started_at_)
        )
        instance.external_import_ids = (
            UNSET
            if external_import_ids_ is UNSET
            else [
                external_import_ids_item
                for external_import_ids_item in external_import_ids_
            ]
        )
        instance.has_pending_task = has_pending_task_
        instance.metadata = (
            UNSET if metadata_ is UNSET else IngestionMetadata.from_dict(metadata_)
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
from ..models.ingestion_metadata import IngestionMetadata
