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

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.actor_auth_type import ActorAuthType
from ..types import (
    UNSET,
    Unset,
    parse_datetime,
    redact_secret_keys,
)

T = TypeVar("T", bound="ActorAuth")


# The keys from_dict reads into fields (any other key goes to additional_properties).
_FIELD_KEYS = (
    "type",
    "client_id",
    "client_secret",
    "updated_at",
)
_FIELD_KEY_SET = frozenset(_FIELD_KEYS)
_read_fields = itemgetter(*_FIELD_KEYS)


@_attrs_define
class ActorAuth:
    """An actor's credentials. `client_secret` is a secret.

    Attributes:
        type_ (ActorAuthType | Unset): How an actor authenticates; `oauth2` exchanges the pair for a token, `basic`
            sends it as HTTP Basic.
        client_id (str | Unset):
        client_secret (str | Unset):
        updated_at (datetime.datetime | Unset):
    """

    type_: ActorAuthType | Unset = UNSET
    client_id: str | Unset = UNSET
    client_secret: str | Unset = _attrs_field(default=UNSET, repr=False)
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redact_secret_keys
    )
    # Each field's JSON key by attribute name (the generator renames `type` to `type_`): what
    # the layer's decoder (kimono_interop_client/_decoding.py) needs to read the same keys.
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "type",
        "client_id": "client_id",
        "client_secret": "client_secret",
        "updated_at": "updated_at",
    }

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        client_id = self.client_id

        client_secret = self.client_secret

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        instance = object.__new__(cls)
        exact = len(src_dict) == 4
        if exact:
            try:
                type__, client_id_, client_secret_, updated_at_ = _read_fields(src_dict)
            except KeyError:  # as many keys, but not the same ones
                exact = False
        if not exact:  # some field absent (UNSET) or some key unknown
            get = src_dict.get
            type__ = get("type", UNSET)
            client_id_ = get("client_id", UNSET)
            client_secret_ = get("client_secret", UNSET)
            updated_at_ = get("updated_at", UNSET)
        instance.type_ = UNSET if type__ is UNSET else ActorAuthType.from_value(type__)
        instance.client_id = client_id_
        instance.client_secret = client_secret_
        instance.updated_at = (
            UNSET if updated_at_ is UNSET else parse_datetime(updated_at_)
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
