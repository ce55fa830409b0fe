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

T = TypeVar("T", bound="IntegrationInput")


# The keys from_dict reads into fields (any other key goes to additional_properties).
_FIELD_KEYS = (
    "name",
    "title",
    "version",
)
_FIELD_KEY_SET = frozenset(_FIELD_KEYS)
_read_fields = itemgetter(*_FIELD_KEYS)


@_attrs_define
class IntegrationInput:
    """The fields of an Integration that a client sends.

    Attributes:
        name (str | Unset):
        title (str | Unset):
        version (str | Unset):
    """

    name: str | Unset = UNSET
    title: str | Unset = UNSET
    version: str | Unset = UNSET
    # Each field's JSON key by attribute name (the generator renames `type` to `type_`): what
    # the layer's decoder (kimono_interop_client/_decoding.py) needs to read the same keys.
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "name": "name",
        "title": "title",
        "version": "version",
    }

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        title = self.title

        version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if title is not UNSET:
            field_dict["title"] = title
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        instance = object.__new__(cls)
        exact = len(src_dict) == 3
        if exact:
            try:
                name_, title_, version_ = _read_fields(src_dict)
            except KeyError:  # as many keys, but not the same ones
                exact = False
        if not exact:  # some field absent (UNSET) or some key unknown
            get = src_dict.get
            name_ = get("name", UNSET)
            title_ = get("title", UNSET)
            version_ = get("version", UNSET)
        instance.name = name_
        instance.title = title_
        instance.version = version_
        return instance
