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

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.application_auth_state_update import ApplicationAuthStateUpdate
from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="TenantApplicationUpdate")


# The keys from_dict reads into fields (any other key goes to additional_properties).
_FIELD_KEYS = (
    "auth_message",
    "auth_props_pending",
    "auth_state_pending",
)
_FIELD_KEY_SET = frozenset(_FIELD_KEYS)
_read_fields = itemgetter(*_FIELD_KEYS)


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
    # Each field's JSON key by attribute name (the generator renames `type` to `type_`): what
    # the layer's decoder (kimono_interop_client/_decoding.py) needs to read the same keys.
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "auth_message": "auth_message",
        "auth_props_pending": "auth_props_pending",
        "auth_state_pending": "auth_state_pending",
    }

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
        instance = object.__new__(cls)
        exact = len(src_dict) == 3
        if exact:
            try:
                auth_message_, auth_props_pending_, auth_state_pending_ = _read_fields(
                    src_dict
                )
            except KeyError:  # as many keys, but not the same ones
                exact = False
        if not exact:  # some field absent (UNSET) or some key unknown
            get = src_dict.get
            auth_message_ = get("auth_message", UNSET)
            auth_props_pending_ = get("auth_props_pending", UNSET)
            auth_state_pending_ = get("auth_state_pending", UNSET)
        instance.auth_message = auth_message_
        instance.auth_props_pending = (
            UNSET
            if auth_props_pending_ is UNSET
            else TenantApplicationUpdateAuthPropsPending.from_dict(auth_props_pending_)
        )
        instance.auth_state_pending = (
            UNSET
            if auth_state_pending_ is UNSET
            else ApplicationAuthStateUpdate.from_value(auth_state_pending_)
        )
        return instance


# Last, not first: models refer to each other (possibly in cycles), and by the time these run
# this module's class exists. Module-level names also spare from_dict an import per call.
from ..models.tenant_application_update_auth_props_pending import (
    TenantApplicationUpdateAuthPropsPending,
)
