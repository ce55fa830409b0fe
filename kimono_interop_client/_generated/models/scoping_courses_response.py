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

T = TypeVar("T", bound="ScopingCoursesResponse")


# The keys from_dict reads into fields (any other key goes to additional_properties).
_FIELD_KEYS = (
    "data",
    "paging",
)
_FIELD_KEY_SET = frozenset(_FIELD_KEYS)
_read_fields = itemgetter(*_FIELD_KEYS)


@_attrs_define
class ScopingCoursesResponse:
    """
    Attributes:
        data (list[None | ScopingCourse] | Unset):
        paging (Paging | Unset): Paging of a list. More pages exist exactly when `next` is present and not null.
    """

    data: list[None | ScopingCourse] | Unset = UNSET
    paging: Paging | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redact_secret_keys
    )
    # Each field's JSON key by attribute name (the generator renames `type` to `type_`): what
    # the layer's decoder (kimono_interop_client/_decoding.py) needs to read the same keys.
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "data": "data",
        "paging": "paging",
    }

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item: dict[str, Any] | None
                if isinstance(data_item_data, ScopingCourse):
                    data_item = data_item_data.to_dict()
                else:
                    data_item = data_item_data
                data.append(data_item)

        paging: dict[str, Any] | Unset = UNSET
        if not isinstance(self.paging, Unset):
            paging = self.paging.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if paging is not UNSET:
            field_dict["paging"] = paging

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        instance = object.__new__(cls)
        exact = len(src_dict) == 2
        if exact:
            try:
                data_, paging_ = _read_fields(src_dict)
            except KeyError:  # as many keys, but not the same ones
                exact = False
        if not exact:  # some field absent (UNSET) or some key unknown
            get = src_dict.get
            data_ = get("data", UNSET)
            paging_ = get("paging", UNSET)
        instance.data = (
            UNSET
            if data_ is UNSET
            else [
                None if data_item is None else ScopingCourse.from_dict(data_item)
                for data_item in data_
            ]
        )
        instance.paging = UNSET if paging_ is UNSET else Paging.from_dict(paging_)
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
from ..models.paging import Paging
from ..models.scoping_course import ScopingCourse
