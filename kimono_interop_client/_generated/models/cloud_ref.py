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

from ..types import (
    UNSET,
    Unset,
    parse_uuid,
    redact_secret_keys,
)

T = TypeVar("T", bound="CloudRef")


# The keys from_dict reads into fields (any other key goes to additional_properties).
_FIELD_KEYS = (
    "id",
    "name",
    "generation",
)
_FIELD_KEY_SET = frozenset(_FIELD_KEYS)
_read_fields = itemgetter(*_FIELD_KEYS)


@_attrs_define
class CloudRef:
    """
    Attributes:
        id (UUID | Unset):
        name (str | Unset):
        generation (int | Unset):
    """

    id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    generation: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redact_secret_keys
    )
    # Each field's JSON key by attribute name (the generator renames `type` to `type_`): what
    # the layer's decoder (kimono_interop_client/_decoding.py) needs to read the same keys.
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "name": "name",
        "generation": "generation",
    }

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        name = self.name

        generation = self.generation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if generation is not UNSET:
            field_dict["generation"] = generation

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        instance = object.__new__(cls)
        exact = len(src_dict) == 3
        if exact:
            try:
                id_, name_, generation_ = _read_fields(src_dict)
            except KeyError:  # as many keys, but not the same ones
                exact = False
        if not exact:  # some field absent (UNSET) or some key unknown
            get = src_dict.get
            id_ = get("id", UNSET)
            name_ = get("name", UNSET)
            generation_ = get("generation", UNSET)
        instance.id = UNSET if id_ is UNSET else parse_uuid(id_)
        instance.name = name_
        instance.generation = generation_
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
