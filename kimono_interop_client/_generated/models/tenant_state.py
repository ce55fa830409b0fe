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

from ..types import (
    UNSET,
    Unset,
    redact_secret_keys,
)

T = TypeVar("T", bound="TenantState")


# The keys from_dict reads into fields (any other key goes to additional_properties).
_FIELD_KEYS = (
    "rollover_mode_enabled",
    "synchronization_suspended",
    "setup_mode_enabled",
    "mass_change_pending",
)
_FIELD_KEY_SET = frozenset(_FIELD_KEYS)
_read_fields = itemgetter(*_FIELD_KEYS)


@_attrs_define
class TenantState:
    """The state of a tenant.

    Attributes:
        rollover_mode_enabled (bool | Unset):
        synchronization_suspended (bool | Unset):
        setup_mode_enabled (bool | Unset):
        mass_change_pending (bool | Unset):
    """

    rollover_mode_enabled: bool | Unset = UNSET
    synchronization_suspended: bool | Unset = UNSET
    setup_mode_enabled: bool | Unset = UNSET
    mass_change_pending: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redact_secret_keys
    )
    # Each field's JSON key by attribute name (the generator renames `type` to `type_`): what
    # the layer's decoder (kimono_interop_client/_decoding.py) needs to read the same keys.
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "rollover_mode_enabled": "rollover_mode_enabled",
        "synchronization_suspended": "synchronization_suspended",
        "setup_mode_enabled": "setup_mode_enabled",
        "mass_change_pending": "mass_change_pending",
    }

    def to_dict(self) -> dict[str, Any]:
        rollover_mode_enabled = self.rollover_mode_enabled

        synchronization_suspended = self.synchronization_suspended

        setup_mode_enabled = self.setup_mode_enabled

        mass_change_pending = self.mass_change_pending

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rollover_mode_enabled is not UNSET:
            field_dict["rollover_mode_enabled"] = rollover_mode_enabled
        if synchronization_suspended is not UNSET:
            field_dict["synchronization_suspended"] = synchronization_suspended
        if setup_mode_enabled is not UNSET:
            field_dict["setup_mode_enabled"] = setup_mode_enabled
        if mass_change_pending is not UNSET:
            field_dict["mass_change_pending"] = mass_change_pending

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        instance = object.__new__(cls)
        exact = len(src_dict) == 4
        if exact:
            try:
                (
                    rollover_mode_enabled_,
                    synchronization_suspended_,
                    setup_mode_enabled_,
                    mass_change_pending_,
                ) = _read_fields(src_dict)
            except KeyError:  # as many keys, but not the same ones
                exact = False
        if not exact:  # some field absent (UNSET) or some key unknown
            get = src_dict.get
            rollover_mode_enabled_ = get("rollover_mode_enabled", UNSET)
            synchronization_suspended_ = get("synchronization_suspended", UNSET)
            setup_mode_enabled_ = get("setup_mode_enabled", UNSET)
            mass_change_pending_ = get("mass_change_pending", UNSET)
        instance.rollover_mode_enabled = rollover_mode_enabled_
        instance.synchronization_suspended = synchronization_suspended_
        instance.setup_mode_enabled = setup_mode_enabled_
        instance.mass_change_pending = mass_change_pending_
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
