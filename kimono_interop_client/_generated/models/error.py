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

T = TypeVar("T", bound="Error")


# The keys from_dict reads into fields (any other key goes to additional_properties).
_FIELD_KEYS = (
    "status",
    "code",
    "message",
    "ext_message",
    "details",
)
_FIELD_KEY_SET = frozenset(_FIELD_KEYS)
_read_fields = itemgetter(*_FIELD_KEYS)


@_attrs_define
class Error:
    """Kimono's error body.

    Attributes:
        status (int | Unset): Transport-layer status code
        code (str | Unset): Application-layer error code
        message (str | Unset): Error message
        ext_message (str | Unset): Extended error message
        details (str | Unset): Details that may assist in diagnosing this error
    """

    status: int | Unset = UNSET
    code: str | Unset = UNSET
    message: str | Unset = UNSET
    ext_message: str | Unset = UNSET
    details: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redact_secret_keys
    )
    # Each field's JSON key by attribute name (the generator renames `type` to `type_`): what
    # the layer's decoder (kimono_interop_client/_decoding.py) needs to read the same keys.
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "status": "status",
        "code": "code",
        "message": "message",
        "ext_message": "ext_message",
        "details": "details",
    }

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        code = self.code

        message = self.message

        ext_message = self.ext_message

        details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if ext_message is not UNSET:
            field_dict["ext_message"] = ext_message
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        instance = object.__new__(cls)
        exact = len(src_dict) == 5
        if exact:
            try:
                status_, code_, message_, ext_message_, details_ = _read_fields(
                    src_dict
                )
            except KeyError:  # as many keys, but not the same ones
                exact = False
        if not exact:  # some field absent (UNSET) or some key unknown
            get = src_dict.get
            status_ = get("status", UNSET)
            code_ = get("code", UNSET)
            message_ = get("message", UNSET)
            ext_message_ = get("ext_message", UNSET)
            details_ = get("details", UNSET)
        instance.status = status_
        instance.code = code_
        instance.message = message_
        instance.ext_message = ext_message_
        instance.details = details_
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
