"""What every resource class shares: the core it sends through, paging and request-body helpers."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from types import ModuleType
from typing import Any, Protocol, TypeVar, cast

import attrs

from .. import _validation as validate
from .._errors import InvalidInputError
from .._generated.types import UNSET, Unset
from .._pagination import AsyncPaginator

_T = TypeVar("_T")
_R = TypeVar("_R")
_M = TypeVar("_M")


class SharedState(Protocol):
    """The part of the client's shared state that the façade uses (see COMMON.md)."""

    @property
    def clock(self) -> Callable[[], float]: ...

    @property
    def application_cache(self) -> dict[Hashable, tuple[float, Any]]: ...


class Core(Protocol):
    """The contract of `_client._Core` that the façade is written against.

    `call` sends one request built by a generated endpoint module and returns the parsed 2xx
    result (the `data` of a single-object envelope, an int for counts, None for 204);
    `paginate` returns a lazy paginator over a list operation.
    """

    @property
    def shared(self) -> SharedState: ...

    @property
    def tenant_key(self) -> Hashable | None: ...

    async def call(self, endpoint: ModuleType, *path_args: Any, **kwargs: Any) -> Any: ...

    def paginate(
        self,
        endpoint: ModuleType,
        *path_args: Any,
        page: int | None = None,
        page_size: int | None = None,
        prefetch: int = 0,
        **kwargs: Any,
    ) -> AsyncPaginator[Any]: ...


class Resource:
    """A group of operations sent through one core."""

    def __init__(self, core: Core) -> None:
        self._core = core

    def _paginate(
        self,
        endpoint: ModuleType,
        *path_args: Any,
        page: int | None,
        page_size: int | None,
        prefetch: int,
        **filters: Any,
    ) -> AsyncPaginator[Any]:
        """Start a paginator (the core checks the paging arguments); filters set to None are
        omitted."""
        return self._core.paginate(
            endpoint,
            *path_args,
            page=page,
            page_size=page_size,
            prefetch=prefetch,
            **present(filters),
        )


def present(values: dict[str, Any]) -> dict[str, Any]:
    """The entries that were given: None (and UNSET) mean "not given" and are left out."""
    return {key: value for key, value in values.items() if value is not None and value is not UNSET}


def or_unset(value: _T | None) -> _T | Unset:
    """A model field value: None (not given) becomes UNSET, so the field is not sent."""
    return UNSET if value is None else value


def checked(check: Callable[[str, _T], _R], name: str, value: _T | None) -> _R | Unset:
    """`check(name, value)` for a given value, UNSET for None."""
    return UNSET if value is None else check(name, value)


def body_or_fields(
    model: type[_M], body: _M | None, fields: dict[str, Any], build: Callable[[], _M]
) -> _M:
    """The request body: `body` as given, or `build()` from the keyword fields.

    Passing both is ambiguous (which one wins?), so it is refused rather than merged.
    """
    given = sorted(present(fields))
    if body is None:
        return build()
    if given:
        raise InvalidInputError(f"pass either body= or the fields ({', '.join(given)}), not both")
    if not isinstance(body, model):
        raise InvalidInputError(f"body must be a {model.__name__}, got {validate.describe(body)}")
    return body


def require(name: str, value: _T | None) -> _T:
    """A field the operation needs when no body= is given."""
    if value is None:
        raise missing(name)
    return value


def missing(name: str) -> InvalidInputError:
    """The error for a required field left out."""
    return InvalidInputError(f"{name} is required (or pass a whole request model as body=)")


# How a plain mapping's values are checked, by the generated field's declared type. Only the
# simple kinds the scoping inputs use are listed; other kinds are passed through unchanged.
_FIELD_CHECKS: dict[str, Callable[[str, Any], Any]] = {
    "UUID": validate.uuid,
    "bool": validate.boolean,
    "str": validate.string,
}


def model_from_mapping(model: type[_M], label: str, values: Mapping[str, Any]) -> _M:
    """Build a generated request model from a mapping of its fields, checking every value.

    An unknown key is refused rather than dropped: a typo must not silently send less than the
    caller meant.
    """
    if not isinstance(values, Mapping):
        raise InvalidInputError(
            f"{label} must be a {model.__name__} or a mapping, got {validate.describe(values)}"
        )
    fields = {field.name: field for field in attrs.fields(cast(Any, model)) if field.init}
    kwargs: dict[str, Any] = {}
    for key, value in values.items():
        field = fields.get(key) if isinstance(key, str) else None
        if field is None:
            # A field name is not a secret: show it, the typo is the useful part.
            shown = repr(key) if isinstance(key, str) and len(key) <= 64 else validate.describe(key)
            raise InvalidInputError(
                f"{label} has an unknown field {shown}; "
                f"{model.__name__} fields are: {', '.join(fields)}"
            )
        # The generated annotations are strings ("UUID | Unset"); keep the first type's name.
        kind = str(field.type).split(" | ")[0].rsplit(".", 1)[-1]
        check = _FIELD_CHECKS.get(kind)
        kwargs[key] = value if check is None else check(f"{label}.{key}", value)
    return model(**kwargs)
