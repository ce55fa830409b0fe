# Generated from openapi/interop.yaml by make generate (openapi-python-client + custom/).
# Do not edit by hand: your change will be overwritten.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.application_auth_state import ApplicationAuthState
from ..models.application_auth_type import ApplicationAuthType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tenant_application_auth_props import TenantApplicationAuthProps
    from ..models.tenant_application_auth_props_pending import (
        TenantApplicationAuthPropsPending,
    )
    from ..models.tenant_application_options import TenantApplicationOptions


T = TypeVar("T", bound="TenantApplication")


@_attrs_define
class TenantApplication:
    """A tenant application's authentication parameters (defined in the integration blueprint) and configuration options.
    `auth_props` and `auth_props_pending` may hold secrets.

        Attributes:
            account_id (UUID | Unset):
            tenant_id (UUID | Unset):
            deliver_tasks (bool | Unset):
            auth_type (ApplicationAuthType | Unset): The authentication a tenant application uses, as defined in its
                integration blueprint.
            auth_state (ApplicationAuthState | Unset):
            options (TenantApplicationOptions | Unset):
            auth_props (TenantApplicationAuthProps | Unset):
            auth_session_id_pending (None | Unset | UUID):
            auth_message (None | str | Unset):
            auth_props_pending (TenantApplicationAuthPropsPending | Unset):
            auth_state_pending (ApplicationAuthState | Unset):
    """

    account_id: UUID | Unset = UNSET
    tenant_id: UUID | Unset = UNSET
    deliver_tasks: bool | Unset = UNSET
    auth_type: ApplicationAuthType | Unset = UNSET
    auth_state: ApplicationAuthState | Unset = UNSET
    options: TenantApplicationOptions | Unset = UNSET
    auth_props: TenantApplicationAuthProps | Unset = _attrs_field(
        default=UNSET, repr=False
    )
    auth_session_id_pending: None | Unset | UUID = UNSET
    auth_message: None | str | Unset = UNSET
    auth_props_pending: TenantApplicationAuthPropsPending | Unset = _attrs_field(
        default=UNSET, repr=False
    )
    auth_state_pending: ApplicationAuthState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id: str | Unset = UNSET
        if not isinstance(self.account_id, Unset):
            account_id = str(self.account_id)

        tenant_id: str | Unset = UNSET
        if not isinstance(self.tenant_id, Unset):
            tenant_id = str(self.tenant_id)

        deliver_tasks = self.deliver_tasks

        auth_type: str | Unset = UNSET
        if not isinstance(self.auth_type, Unset):
            auth_type = self.auth_type.value

        auth_state: str | Unset = UNSET
        if not isinstance(self.auth_state, Unset):
            auth_state = self.auth_state.value

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        auth_props: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth_props, Unset):
            auth_props = self.auth_props.to_dict()

        auth_session_id_pending: None | str | Unset
        if isinstance(self.auth_session_id_pending, Unset):
            auth_session_id_pending = UNSET
        elif isinstance(self.auth_session_id_pending, UUID):
            auth_session_id_pending = str(self.auth_session_id_pending)
        else:
            auth_session_id_pending = self.auth_session_id_pending

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
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if tenant_id is not UNSET:
            field_dict["tenant_id"] = tenant_id
        if deliver_tasks is not UNSET:
            field_dict["deliver_tasks"] = deliver_tasks
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        if auth_state is not UNSET:
            field_dict["auth_state"] = auth_state
        if options is not UNSET:
            field_dict["options"] = options
        if auth_props is not UNSET:
            field_dict["auth_props"] = auth_props
        if auth_session_id_pending is not UNSET:
            field_dict["auth_session_id_pending"] = auth_session_id_pending
        if auth_message is not UNSET:
            field_dict["auth_message"] = auth_message
        if auth_props_pending is not UNSET:
            field_dict["auth_props_pending"] = auth_props_pending
        if auth_state_pending is not UNSET:
            field_dict["auth_state_pending"] = auth_state_pending

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tenant_application_auth_props import TenantApplicationAuthProps
        from ..models.tenant_application_auth_props_pending import (
            TenantApplicationAuthPropsPending,
        )
        from ..models.tenant_application_options import TenantApplicationOptions

        d = dict(src_dict)
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

        deliver_tasks = d.pop("deliver_tasks", UNSET)

        _auth_type = d.pop("auth_type", UNSET)
        auth_type: ApplicationAuthType | Unset
        if isinstance(_auth_type, Unset):
            auth_type = UNSET
        else:
            auth_type = ApplicationAuthType(_auth_type)

        _auth_state = d.pop("auth_state", UNSET)
        auth_state: ApplicationAuthState | Unset
        if isinstance(_auth_state, Unset):
            auth_state = UNSET
        else:
            auth_state = ApplicationAuthState(_auth_state)

        _options = d.pop("options", UNSET)
        options: TenantApplicationOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = TenantApplicationOptions.from_dict(_options)

        _auth_props = d.pop("auth_props", UNSET)
        auth_props: TenantApplicationAuthProps | Unset
        if isinstance(_auth_props, Unset):
            auth_props = UNSET
        else:
            auth_props = TenantApplicationAuthProps.from_dict(_auth_props)

        def _parse_auth_session_id_pending(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                auth_session_id_pending_type_0 = UUID(data)

                return auth_session_id_pending_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        auth_session_id_pending = _parse_auth_session_id_pending(
            d.pop("auth_session_id_pending", UNSET)
        )

        def _parse_auth_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        auth_message = _parse_auth_message(d.pop("auth_message", UNSET))

        _auth_props_pending = d.pop("auth_props_pending", UNSET)
        auth_props_pending: TenantApplicationAuthPropsPending | Unset
        if isinstance(_auth_props_pending, Unset):
            auth_props_pending = UNSET
        else:
            auth_props_pending = TenantApplicationAuthPropsPending.from_dict(
                _auth_props_pending
            )

        _auth_state_pending = d.pop("auth_state_pending", UNSET)
        auth_state_pending: ApplicationAuthState | Unset
        if isinstance(_auth_state_pending, Unset):
            auth_state_pending = UNSET
        else:
            auth_state_pending = ApplicationAuthState(_auth_state_pending)

        tenant_application = cls(
            account_id=account_id,
            tenant_id=tenant_id,
            deliver_tasks=deliver_tasks,
            auth_type=auth_type,
            auth_state=auth_state,
            options=options,
            auth_props=auth_props,
            auth_session_id_pending=auth_session_id_pending,
            auth_message=auth_message,
            auth_props_pending=auth_props_pending,
            auth_state_pending=auth_state_pending,
        )

        tenant_application.additional_properties = d
        return tenant_application

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
