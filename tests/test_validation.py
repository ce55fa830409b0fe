"""The pre-send checks of `_validation`: what each accepts, what it refuses, what it says."""

from collections.abc import Callable
from typing import Any
from uuid import UUID

import pytest

from kimono_interop_client import _validation as validate
from kimono_interop_client._errors import InvalidInputError, KimonoError
from kimono_interop_client._generated.models.application_auth_state_update import (
    ApplicationAuthStateUpdate,
)
from kimono_interop_client._generated.models.rollover_sort import RolloverSort

CANONICAL = "0b4e7a3c-1f2d-4c5b-8a69-7d8e9f0a1b2c"


def test_invalid_input_is_a_value_error_and_a_kimono_error() -> None:
    with pytest.raises(InvalidInputError) as caught:
        validate.hour(24)
    assert isinstance(caught.value, ValueError)
    assert isinstance(caught.value, KimonoError)


# ---- uuid ----------------------------------------------------------------------------------


def test_uuid_accepts_a_uuid_object_unchanged() -> None:
    value = UUID(CANONICAL)
    assert validate.uuid("cloud_id", value) is value


@pytest.mark.parametrize("text", [CANONICAL, CANONICAL.upper()])
def test_uuid_accepts_the_canonical_string_in_either_case(text: str) -> None:
    assert validate.uuid("cloud_id", text) == UUID(CANONICAL)


@pytest.mark.parametrize(
    "value",
    [
        "",
        "not-a-uuid",
        CANONICAL.replace("-", ""),  # 32 digits without hyphens
        "{" + CANONICAL + "}",
        "urn:uuid:" + CANONICAL,
        CANONICAL + " ",
        " " + CANONICAL,
        CANONICAL[:-1] + "g",
        CANONICAL + "\n",
        UUID(CANONICAL).int,
        UUID(CANONICAL).bytes,
        None,
    ],
)
def test_uuid_refuses_anything_but_a_uuid_or_its_canonical_string(value: Any) -> None:
    with pytest.raises(InvalidInputError, match=r"^cloud_id must be a UUID"):
        validate.uuid("cloud_id", value)


def test_uuid_error_describes_the_shape_without_echoing_the_text() -> None:
    secret = "s3cr3t-client-secret-pasted-by-mistake"
    with pytest.raises(InvalidInputError) as caught:
        validate.uuid("tenant_id", secret)
    assert secret not in str(caught.value)
    assert f"a str of length {len(secret)}" in str(caught.value)


def test_uuids_checks_every_item_and_names_its_index() -> None:
    assert validate.uuids("accounts", [CANONICAL, UUID(CANONICAL)]) == [UUID(CANONICAL)] * 2
    with pytest.raises(InvalidInputError, match=r"accounts\[1\] must be a UUID"):
        validate.uuids("accounts", [CANONICAL, "nope"])


@pytest.mark.parametrize("value", [[], (), CANONICAL, b"x", {"a": 1}, 7])
def test_uuids_refuses_an_empty_list_or_a_non_list(value: Any) -> None:
    with pytest.raises(InvalidInputError, match=r"^accounts must"):
        validate.uuids("accounts", value)


def test_strings_refuses_a_lone_string_that_would_be_split_into_characters() -> None:
    assert validate.strings("integration", ("a", "b")) == ["a", "b"]
    with pytest.raises(InvalidInputError, match="must be a list"):
        validate.strings("integration", "abc")
    with pytest.raises(InvalidInputError, match="must not be empty"):
        validate.strings("integration", [])
    with pytest.raises(InvalidInputError, match=r"integration\[0\] must be a str"):
        validate.strings("integration", [1])  # type: ignore[list-item]


# ---- integers ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("check", "good", "bad"),
    [
        (validate.page, [0, 1, 2**31 - 1], [-1, 2**31]),
        (validate.page_size, [1, 100, 2**31 - 1], [0, -5, 2**31]),
        (validate.hour, [0, 12, 23], [-1, 24, 100]),
        (validate.prefetch, [0, 1, 8], [-1]),
    ],
)
def test_bounded_integers(check: Callable[[int], int], good: list[int], bad: list[int]) -> None:
    for value in good:
        assert check(value) == value
    for value in bad:
        with pytest.raises(InvalidInputError, match=f"got the int {value}$"):
            check(value)


@pytest.mark.parametrize("check", [validate.page, validate.page_size, validate.hour])
@pytest.mark.parametrize("value", [True, False, 1.0, "1", None])
def test_integers_refuse_bools_floats_and_strings(check: Callable[[Any], int], value: Any) -> None:
    with pytest.raises(InvalidInputError, match="must be an int"):
        check(value)


def test_int32_bounds_are_those_of_a_signed_32_bit_integer() -> None:
    assert validate.int32("generation", -(2**31)) == -(2**31)
    assert validate.int32("generation", 2**31 - 1) == 2**31 - 1
    for value in (-(2**31) - 1, 2**31):
        with pytest.raises(InvalidInputError, match=r"^generation must be between"):
            validate.int32("generation", value)


# ---- strings and booleans ------------------------------------------------------------------


def test_string_and_boolean_refuse_other_types() -> None:
    assert validate.string("name", "") == ""
    assert validate.boolean("enabled", False) is False
    with pytest.raises(InvalidInputError, match="name must be a str, got a bytes of length 1"):
        validate.string("name", b"x")  # type: ignore[arg-type]
    for value in ("false", 0, None):
        with pytest.raises(InvalidInputError, match="enabled must be a bool"):
            validate.boolean("enabled", value)  # type: ignore[arg-type]


def test_string_map_checks_keys_and_values_without_echoing_values() -> None:
    assert validate.string_map("auth_props_pending", {"k": "v"}) == {"k": "v"}
    with pytest.raises(InvalidInputError, match=r"auth_props_pending\['token'\] must be a str"):
        validate.string_map("auth_props_pending", {"token": 123})  # type: ignore[dict-item]
    with pytest.raises(InvalidInputError, match="keys must be str"):
        validate.string_map("auth_props_pending", {1: "x"})  # type: ignore[dict-item]
    with pytest.raises(InvalidInputError, match="must be a mapping"):
        validate.string_map("auth_props_pending", [("a", "b")])  # type: ignore[arg-type]


# ---- path segments -------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["1", "2.0", "v1.2.3-beta", "release_7", "ÄÖ"])
def test_path_segment_accepts_ordinary_versions(value: str) -> None:
    assert validate.path_segment("version", value) == value


@pytest.mark.parametrize("value", ["", ".", ".."])
def test_path_segment_refuses_empty_and_dot_segments(value: str) -> None:
    # httpx would normalise "..": DELETE .../versions/.. would delete the Integration itself.
    with pytest.raises(InvalidInputError, match=r"^version must be a non-empty path segment"):
        validate.path_segment("version", value)


@pytest.mark.parametrize(
    "value",
    ["1/2", "../x", "a?b", "a#b", "50%25", "a b", "a\tb", "a\nb", "a\x00b", "a\x7fb", "a\\b"],
)
def test_path_segment_refuses_separators_percent_whitespace_and_control(value: str) -> None:
    with pytest.raises(InvalidInputError, match=r"^version must not contain"):
        validate.path_segment("version", value)


def test_path_segment_refuses_non_strings() -> None:
    with pytest.raises(InvalidInputError, match="version must be a str, got the int 2"):
        validate.path_segment("version", 2)  # type: ignore[arg-type]


# ---- blueprints ----------------------------------------------------------------------------

XML = "<Blueprint Id='example' Version='2.0'>é</Blueprint>"


def test_blueprint_encodes_str_as_utf8_and_passes_bytes_through() -> None:
    assert validate.blueprint(XML) == XML.encode("utf-8")
    raw = b"\xef\xbb\xbf  \n<?xml version='1.0'?><Blueprint/>"
    assert validate.blueprint(raw) == raw


@pytest.mark.parametrize("value", ["", "   \n\t", b"", b"  ", b"\xef\xbb\xbf "])
def test_blueprint_refuses_empty_and_whitespace_only(value: str | bytes) -> None:
    with pytest.raises(InvalidInputError, match=r"^blueprint must not be empty"):
        validate.blueprint(value)


@pytest.mark.parametrize("value", ['{"json": true}', "blueprint.xml", b"Blueprint"])
def test_blueprint_refuses_what_is_not_xml(value: str | bytes) -> None:
    with pytest.raises(InvalidInputError, match=r"^blueprint must be an XML document"):
        validate.blueprint(value)


def test_blueprint_refuses_other_types() -> None:
    with pytest.raises(InvalidInputError, match="must be str or bytes"):
        validate.blueprint(None)  # type: ignore[arg-type]


# ---- enums ---------------------------------------------------------------------------------


def test_known_enum_accepts_members_and_their_strings() -> None:
    member = ApplicationAuthStateUpdate.CONFIRMED
    assert validate.known_enum("auth_state_pending", member, ApplicationAuthStateUpdate) is member
    assert (
        validate.known_enum("auth_state_pending", "error", ApplicationAuthStateUpdate)
        is ApplicationAuthStateUpdate.ERROR
    )
    assert validate.known_enum("sort", "-name", RolloverSort) is RolloverSort("-name")


@pytest.mark.parametrize("value", ["updating", "unspecified", "CONFIRMED", ""])
def test_known_enum_refuses_values_the_spec_does_not_list(value: str) -> None:
    with pytest.raises(InvalidInputError, match="must be one of: confirmed, error"):
        validate.known_enum("auth_state_pending", value, ApplicationAuthStateUpdate)


def test_known_enum_refuses_the_open_enums_pseudo_members() -> None:
    pseudo = ApplicationAuthStateUpdate("updating")  # what a response with a new value parses to
    assert pseudo.is_unknown
    with pytest.raises(InvalidInputError, match="must be one of"):
        validate.known_enum("auth_state_pending", pseudo, ApplicationAuthStateUpdate)


def test_known_enum_refuses_non_strings() -> None:
    with pytest.raises(InvalidInputError, match="must be a RolloverSort or str"):
        validate.known_enum("sort", 1, RolloverSort)  # type: ignore[arg-type]


def test_describe_never_shows_text() -> None:
    assert validate.describe("hunter2") == "a str of length 7"
    assert validate.describe(b"ab") == "a bytes of length 2"
    assert validate.describe(True) == "the bool True"
    assert validate.describe(3) == "the int 3"
    assert validate.describe(1.5) == "a value of type float"
