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
from attrs import field as _attrs_field

from ..models.application_auth_state import ApplicationAuthState
from ..models.application_auth_type import ApplicationAuthType
from ..types import (
    UNSET,
    Unset,
    parse_shared_uuid,
    parse_uuid,
    redact_secret_keys,
)

T = TypeVar("T", bound="TenantApplication")


# The keys from_dict reads into fields (any other key goes to additional_properties).
_FIELD_KEYS = (
    "account_id",
    "tenant_id",
    "deliver_tasks",
    "auth_type",
    "auth_state",
    "options",
    "auth_props",
    "auth_session_id_pending",
    "auth_message",
    "auth_props_pending",
    "auth_state_pending",
)
_FIELD_KEY_SET = frozenset(_FIELD_KEYS)
_read_fields = itemgetter(*_FIELD_KEYS)


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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redact_secret_keys
    )
    # Each field's JSON key by attribute name (the generator renames `type` to `type_`): what
    # the layer's decoder (kimono_interop_client/_decoding.py) needs to read the same keys.
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "account_id": "account_id",
        "tenant_id": "tenant_id",
        "deliver_tasks": "deliver_tasks",
        "auth_type": "auth_type",
        "auth_state": "auth_state",
        "options": "options",
        "auth_props": "auth_props",
        "auth_session_id_pending": "auth_session_id_pending",
        "auth_message": "auth_message",
        "auth_props_pending": "auth_props_pending",
        "auth_state_pending": "auth_state_pending",
    }

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
        instance = object.__new__(cls)
        exact = len(src_dict) == 11
        if exact:
            try:
                (
                    account_id_,
                    tenant_id_,
                    deliver_tasks_,
                    auth_type_,
                    auth_state_,
                    options_,
                    auth_props_,
                    auth_session_id_pending_,
                    auth_message_,
                    auth_props_pending_,
                    auth_state_pending_,
                ) = _read_fields(src_dict)
            except KeyError:  # as many keys, but not the same ones
                exact = False
        if not exact:  # some field absent (UNSET) or some key unknown
            get = src_dict.get
            account_id_ = get("account_id", UNSET)
            tenant_id_ = get("tenant_id", UNSET)
            deliver_tasks_ = get("deliver_tasks", UNSET)
            auth_type_ = get("auth_type", UNSET)
            auth_state_ = get("auth_state", UNSET)
            options_ = get("options", UNSET)
            auth_props_ = get("auth_props", UNSET)
            auth_session_id_pending_ = get("auth_session_id_pending", UNSET)
            auth_message_ = get("auth_message", UNSET)
            auth_props_pending_ = get("auth_props_pending", UNSET)
            auth_state_pending_ = get("auth_state_pending", UNSET)
        instance.account_id = (
            UNSET if account_id_ is UNSET else parse_shared_uuid(account_id_)
        )
        instance.tenant_id = (
            UNSET if tenant_id_ is UNSET else parse_shared_uuid(tenant_id_)
        )
        instance.deliver_tasks = deliver_tasks_
        instance.auth_type = (
            UNSET if auth_type_ is UNSET else ApplicationAuthType.from_value(auth_type_)
        )
        instance.auth_state = (
            UNSET
            if auth_state_ is UNSET
            else ApplicationAuthState.from_value(auth_state_)
        )
        instance.options = (
            UNSET if options_ is UNSET else TenantApplicationOptions.from_dict(options_)
        )
        instance.auth_props = (
            UNSET
            if auth_props_ is UNSET
            else TenantApplicationAuthProps.from_dict(auth_props_)
        )
        instance.auth_session_id_pending = (
            UNSET
            if auth_session_id_pending_ is UNSET
            else None
            if auth_session_id_pending_ is None
            else parse_uuid(auth_session_id_pending_)
        )
        instance.auth_message = auth_message_
        instance.auth_props_pending = (
            UNSET
            if auth_props_pending_ is UNSET
            else TenantApplicationAuthPropsPending.from_dict(auth_props_pending_)
        )
        instance.auth_state_pending = (
            UNSET
            if auth_state_pending_ is UNSET
            else ApplicationAuthState.from_value(auth_state_pending_)
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
from ..models.tenant_application_auth_props import TenantApplicationAuthProps
from ..models.tenant_application_auth_props_pending import (
    TenantApplicationAuthPropsPending,
)
from ..models.tenant_application_options import TenantApplicationOptions
