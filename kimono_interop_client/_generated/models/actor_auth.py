# Generated from openapi/interop.yaml by make generate (openapi-python-client + custom/).
# Do not edit by hand: your change will be overwritten.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.actor_auth_type import ActorAuthType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActorAuth")


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: ActorAuthType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ActorAuthType(_type_)

        client_id = d.pop("client_id", UNSET)

        client_secret = d.pop("client_secret", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        actor_auth = cls(
            type_=type_,
            client_id=client_id,
            client_secret=client_secret,
            updated_at=updated_at,
        )

        actor_auth.additional_properties = d
        return actor_auth

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
