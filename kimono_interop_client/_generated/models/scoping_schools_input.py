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
)

T = TypeVar("T", bound="ScopingSchoolsInput")


# The keys from_dict reads into fields (any other key goes to additional_properties).
_FIELD_KEYS = ("data",)
_FIELD_KEY_SET = frozenset(_FIELD_KEYS)
_read_fields = itemgetter(*_FIELD_KEYS)


@_attrs_define
class ScopingSchoolsInput:
    """
    Attributes:
        data (list[ScopingSchoolInput]):
    """

    data: list[ScopingSchoolInput]
    # Each field's JSON key by attribute name (the generator renames `type` to `type_`): what
    # the layer's decoder (kimono_interop_client/_decoding.py) needs to read the same keys.
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "data": "data",
    }

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        instance = object.__new__(cls)
        exact = len(src_dict) == 1
        if exact:
            try:
                data_ = _read_fields(src_dict)
            except KeyError:  # as many keys, but not the same ones
                exact = False
        if not exact:  # some field absent (UNSET) or some key unknown
            get = src_dict.get
            data_ = get("data", UNSET)
            if data_ is UNSET:
                raise KeyError("data")
        instance.data = [ScopingSchoolInput.from_dict(data_item) for data_item in data_]
        return instance


# Last, not first: models refer to each other (possibly in cycles), and by the time these run
# this module's class exists. Module-level names also spare from_dict an import per call.
from ..models.scoping_school_input import ScopingSchoolInput
