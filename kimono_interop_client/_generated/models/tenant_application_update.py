# Generated from openapi/interop.yaml by make generate (openapi-python-client + custom/).
# Do not edit by hand: your change will be overwritten.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.application_auth_state_update import ApplicationAuthStateUpdate
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tenant_application_update_auth_props_pending import (
        TenantApplicationUpdateAuthPropsPending,
    )


T = TypeVar("T", bound="TenantApplicationUpdate")


@_attrs_define
class TenantApplicationUpdate:
    """The only fields of a Tenant Application a client may change, and only while `auth_state_pending` is `updating`.

    Attributes:
        auth_message (None | str | Unset):
        auth_props_pending (TenantApplicationUpdateAuthPropsPending | Unset):
        auth_state_pending (ApplicationAuthStateUpdate | Unset): The only values a client may set `auth_state_pending`
            to.
    """

    auth_message: None | str | Unset = UNSET
    auth_props_pending: TenantApplicationUpdateAuthPropsPending | Unset = _attrs_field(
        default=UNSET, repr=False
    )
    auth_state_pending: ApplicationAuthStateUpdate | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        auth_message: None | str | Unset
        if isinstance(self.auth_message, Unset):
            auth_message = UNSET
        else:
            auth_message = self.auth_message

        auth_props_pending: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth_props_pending, Unset):
            auth_props_pending = self.auth_props_pending.to_dict()

        auth_state_pending: str | Unset = UNSET
        if not isinstance(self.auth_state_pending, Unset):
            auth_state_pending = self.auth_state_pending.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if auth_message is not UNSET:
            field_dict["auth_message"] = auth_message
        if auth_props_pending is not UNSET:
            field_dict["auth_props_pending"] = auth_props_pending
        if auth_state_pending is not UNSET:
            field_dict["auth_state_pending"] = auth_state_pending

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tenant_application_update_auth_props_pending import (
            TenantApplicationUpdateAuthPropsPending,
        )

        d = dict(src_dict)

        def _parse_auth_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        auth_message = _parse_auth_message(d.pop("auth_message", UNSET))

        _auth_props_pending = d.pop("auth_props_pending", UNSET)
        auth_props_pending: TenantApplicationUpdateAuthPropsPending | Unset
        if isinstance(_auth_props_pending, Unset):
            auth_props_pending = UNSET
        else:
            auth_props_pending = TenantApplicationUpdateAuthPropsPending.from_dict(
                _auth_props_pending
            )

        _auth_state_pending = d.pop("auth_state_pending", UNSET)
        auth_state_pending: ApplicationAuthStateUpdate | Unset
        if isinstance(_auth_state_pending, Unset):
            auth_state_pending = UNSET
        else:
            auth_state_pending = ApplicationAuthStateUpdate(_auth_state_pending)

        tenant_application_update = cls(
            auth_message=auth_message,
            auth_props_pending=auth_props_pending,
            auth_state_pending=auth_state_pending,
        )

        return tenant_application_update
