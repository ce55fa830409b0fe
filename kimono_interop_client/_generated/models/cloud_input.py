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

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="CloudInput")


# The keys from_dict reads into fields (any other key goes to additional_properties).
_FIELD_KEYS = (
    "name",
    "userdata",
    "generation",
)
_FIELD_KEY_SET = frozenset(_FIELD_KEYS)
_read_fields = itemgetter(*_FIELD_KEYS)


@_attrs_define
class CloudInput:
    """The fields of a Cloud that a client sends.

    Attributes:
        name (str | Unset):
        userdata (str | Unset):
        generation (int | Unset):
    """

    name: str | Unset = UNSET
    userdata: str | Unset = UNSET
    generation: int | Unset = UNSET
    # Each field's JSON key by attribute name (the generator renames `type` to `type_`): what
    # the layer's decoder (kimono_interop_client/_decoding.py) needs to read the same keys.
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "name": "name",
        "userdata": "userdata",
        "generation": "generation",
    }

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        userdata = self.userdata

        generation = self.generation

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if userdata is not UNSET:
            field_dict["userdata"] = userdata
        if generation is not UNSET:
            field_dict["generation"] = generation

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        instance = object.__new__(cls)
        exact = len(src_dict) == 3
        if exact:
            try:
                name_, userdata_, generation_ = _read_fields(src_dict)
            except KeyError:  # as many keys, but not the same ones
                exact = False
        if not exact:  # some field absent (UNSET) or some key unknown
            get = src_dict.get
            name_ = get("name", UNSET)
            userdata_ = get("userdata", UNSET)
            generation_ = get("generation", UNSET)
        instance.name = name_
        instance.userdata = userdata_
        instance.generation = generation_
        return instance
