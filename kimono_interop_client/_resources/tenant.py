"""The operations that act as one tenant (`TenantClient`): the tenant's own info and state,
scoping, application, rollovers, schedules and ingestions.

The conventions are those of `account.py` (positional-only ids, keyword-only fields and
filters, `body=` as an alternative to the fields, input checked before sending).
"""

from __future__ import annotations

import builtins
import math
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any, Generic, TypeVar, cast
from uuid import UUID

import anyio

from .. import _validation as validate
from .._errors import InvalidInputError
from .._generated.api.application import get_tenant_application, update_tenant_application
from .._generated.api.ingestions import count_ingestions, find_ingestion, list_ingestions
from .._generated.api.rollovers import (
    count_rollovers,
    create_rollover,
    delete_rollover,
    find_rollover,
    list_rollovers,
    update_rollover,
)
from .._generated.api.schedules import (
    count_schedules,
    create_schedule,
    delete_schedule,
    find_schedule,
    list_schedules,
    run_schedule,
    update_schedule,
)
from .._generated.api.scoping import (
    create_scoping_courses,
    create_scoping_schools,
    delete_scoping_course,
    delete_scoping_courses,
    delete_scoping_school,
    delete_scoping_schools,
    find_scoping_course,
    find_scoping_school,
    list_scoping_courses,
    list_scoping_schools,
    update_scoping_course,
    update_scoping_school,
)
from .._generated.api.tenant import find_tenant_by_credentials, get_tenant_state
from .._generated.models.application_auth_state_update import ApplicationAuthStateUpdate
from .._generated.models.ingestion import Ingestion
from .._generated.models.rollover import Rollover
from .._generated.models.rollover_input import RolloverInput
from .._generated.models.rollover_metadata import RolloverMetadata
from .._generated.models.rollover_sort import RolloverSort
from .._generated.models.rollover_status import RolloverStatus
from .._generated.models.rollover_type import RolloverType
from .._generated.models.run_schedule_input import RunScheduleInput
from .._generated.models.schedule import Schedule
from .._generated.models.schedule_input import ScheduleInput
from .._generated.models.schedule_update import ScheduleUpdate
from .._generated.models.scoping_course import ScopingCourse
from .._generated.models.scoping_course_input import ScopingCourseInput
from .._generated.models.scoping_courses_input import ScopingCoursesInput
from .._generated.models.scoping_school import ScopingSchool
from .._generated.models.scoping_school_input import ScopingSchoolInput
from .._generated.models.scoping_schools_input import ScopingSchoolsInput
from .._generated.models.tenant_application import TenantApplication
from .._generated.models.tenant_application_update import TenantApplicationUpdate
from .._generated.models.tenant_application_update_auth_props_pending import (
    TenantApplicationUpdateAuthPropsPending,
)
from .._generated.models.tenant_info import TenantInfo
from .._generated.models.tenant_state import TenantState
from .._generated.types import UNSET, Unset
from .._pagination import AsyncPaginator
from ._common import (
    Core,
    Resource,
    body_or_fields,
    missing,
    model_from_mapping,
    present,
    require,
)

_Item = TypeVar("_Item")
_Input = TypeVar("_Input")
_Set = TypeVar("_Set")


async def tenant_info(core: Core) -> TenantInfo:
    """The TenantInfo of the tenant whose credentials make the call (findTenantByCredentials)."""
    return cast(TenantInfo, await core.call(find_tenant_by_credentials))


async def tenant_state(core: Core) -> TenantState:
    """The state of the tenant whose credentials make the call (getTenantState)."""
    return cast(TenantState, await core.call(get_tenant_state))


# ---- scoping -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _ScopingEndpoints(Generic[_Input, _Set]):
    """The six generated operations and two request models of one kind of scoping."""

    list: ModuleType
    create: ModuleType
    delete_all: ModuleType
    find: ModuleType
    update: ModuleType
    delete: ModuleType
    item_input: type[_Input]
    set_input: type[_Set]
    make_set: Callable[[builtins.list[_Input]], _Set]


class _ScopingSet(Resource, Generic[_Item, _Input, _Set]):
    """Scoping Schools or Scoping Courses: the same six operations on different models."""

    def __init__(self, core: Core, endpoints: _ScopingEndpoints[_Input, _Set]) -> None:
        super().__init__(core)
        self._endpoints = endpoints

    def list(
        self, *, page: int | None = None, page_size: int | None = None, prefetch: int = 0
    ) -> AsyncPaginator[_Item]:
        """List the tenant's scoping entries (listScopingSchools / listScopingCourses)."""
        return self._paginate(
            self._endpoints.list, page=page, page_size=page_size, prefetch=prefetch
        )

    async def create(
        self,
        *,
        data: Sequence[_Input | Mapping[str, Any]] | None = None,
        replace: bool = True,
        body: _Set | None = None,
    ) -> _Item:
        """Replace (replace=True) or extend the tenant's scoping entries
        (createScopingSchools / createScopingCourses).

        `data` items are request models or mappings of their fields; unknown keys are refused.
        """
        endpoints = self._endpoints

        def build() -> _Set:
            items = require("data", data)
            if isinstance(items, str | bytes | Mapping) or not isinstance(items, Sequence):
                raise InvalidInputError(f"data must be a list, got {validate.describe(items)}")
            checked = [self._item(f"data[{index}]", item) for index, item in enumerate(items)]
            return endpoints.make_set(checked)

        request = body_or_fields(endpoints.set_input, body, {"data": data}, build)
        result = await self._core.call(
            endpoints.create, body=request, replace=validate.boolean("replace", replace)
        )
        return cast(_Item, result)

    async def delete_all(self) -> None:
        """Delete all the tenant's scoping entries (deleteScopingSchools / deleteScopingCourses)."""
        await self._core.call(self._endpoints.delete_all)

    async def get(self, scoping_id: UUID | str, /) -> _Item:
        """Find a scoping entry by id (findScopingSchool / findScopingCourse)."""
        scoping = validate.uuid("scoping_id", scoping_id)
        return cast(_Item, await self._core.call(self._endpoints.find, scoping))

    async def delete(self, scoping_id: UUID | str, /) -> None:
        """Delete a scoping entry (deleteScopingSchool / deleteScopingCourse)."""
        await self._core.call(self._endpoints.delete, validate.uuid("scoping_id", scoping_id))

    async def _update(
        self, scoping_id: UUID | str, body: _Input | None, fields: dict[str, Any]
    ) -> _Item:
        scoping = validate.uuid("scoping_id", scoping_id)
        model = self._endpoints.item_input
        request = body_or_fields(
            model, body, fields, lambda: model_from_mapping(model, "update", present(fields))
        )
        return cast(_Item, await self._core.call(self._endpoints.update, scoping, body=request))

    def _item(self, label: str, item: _Input | Mapping[str, Any]) -> _Input:
        model = self._endpoints.item_input
        if isinstance(item, model):
            return item
        return model_from_mapping(model, label, cast(Mapping[str, Any], item))


_SCHOOLS = _ScopingEndpoints(
    list=list_scoping_schools,
    create=create_scoping_schools,
    delete_all=delete_scoping_schools,
    find=find_scoping_school,
    update=update_scoping_school,
    delete=delete_scoping_school,
    item_input=ScopingSchoolInput,
    set_input=ScopingSchoolsInput,
    make_set=lambda items: ScopingSchoolsInput(data=items),
)

_COURSES = _ScopingEndpoints(
    list=list_scoping_courses,
    create=create_scoping_courses,
    delete_all=delete_scoping_courses,
    find=find_scoping_course,
    update=update_scoping_course,
    delete=delete_scoping_course,
    item_input=ScopingCourseInput,
    set_input=ScopingCoursesInput,
    make_set=lambda items: ScopingCoursesInput(data=items),
)


class ScopingSchools(_ScopingSet[ScopingSchool, ScopingSchoolInput, ScopingSchoolsInput]):
    """How the tenant's repository is scoped by school."""

    def __init__(self, core: Core) -> None:
        super().__init__(core, _SCHOOLS)

    async def update(
        self,
        scoping_id: UUID | str,
        /,
        *,
        account_id: UUID | str | None = None,
        tenant_id: UUID | str | None = None,
        school_id: UUID | str | None = None,
        school_ref_id: str | None = None,
        name: str | None = None,
        local_id: str | None = None,
        keywords: str | None = None,
        selected: bool | None = None,
        body: ScopingSchoolInput | None = None,
    ) -> ScopingSchool:
        """Replace a Scoping School with the given fields (updateScopingSchool)."""
        fields = {
            "account_id": account_id,
            "tenant_id": tenant_id,
            "school_id": school_id,
            "school_ref_id": school_ref_id,
            "name": name,
            "local_id": local_id,
            "keywords": keywords,
            "selected": selected,
        }
        return await self._update(scoping_id, body, fields)


class ScopingCourses(_ScopingSet[ScopingCourse, ScopingCourseInput, ScopingCoursesInput]):
    """How the tenant's repository is scoped by course."""

    def __init__(self, core: Core) -> None:
        super().__init__(core, _COURSES)

    async def update(
        self,
        scoping_id: UUID | str,
        /,
        *,
        account_id: UUID | str | None = None,
        tenant_id: UUID | str | None = None,
        course_id: UUID | str | None = None,
        course_ref_id: str | None = None,
        school_id: UUID | str | None = None,
        school_ref_id: str | None = None,
        name: str | None = None,
        local_id: str | None = None,
        keywords: str | None = None,
        selected: bool | None = None,
        body: ScopingCourseInput | None = None,
    ) -> ScopingCourse:
        """Replace a Scoping Course with the given fields (updateScopingCourse)."""
        fields = {
            "account_id": account_id,
            "tenant_id": tenant_id,
            "course_id": course_id,
            "course_ref_id": course_ref_id,
            "school_id": school_id,
            "school_ref_id": school_ref_id,
            "name": name,
            "local_id": local_id,
            "keywords": keywords,
            "selected": selected,
        }
        return await self._update(scoping_id, body, fields)


class Scoping:
    """How the tenant's repository is scoped: `.schools` and `.courses`."""

    def __init__(self, core: Core) -> None:
        self.schools = ScopingSchools(core)
        self.courses = ScopingCourses(core)


# ---- application ---------------------------------------------------------------------------

#: Seconds a fetched Tenant Application stays cached. The reference asks drivers to cache it in
#: memory; 5 minutes bounds how long a change made elsewhere (another process, the Kimono UI)
#: goes unseen. The clients build their `application` with their `application_cache_ttl`
#: (`Application(core, ttl=...)`, default 300 s); this is the default of an `Application(core)`
#: built without a ttl.
APPLICATION_CACHE_TTL: float = 300.0


@dataclass
class _Flight:
    """Per (shared state, tenant): serialises fetches and updates of one tenant's application.

    `completed` counts finished fetches and updates. A caller that finds it changed after
    waiting for the lock shares the outcome of the fetch that finished meanwhile (`result` or
    `failure`), so N concurrent callers make one request and, if it fails, all get its error
    instead of retrying one after another. An update leaves neither, so waiters fetch anew.
    """

    lock: anyio.Lock = field(default_factory=anyio.Lock)
    completed: int = 0
    result: TenantApplication | None = None
    failure: Exception | None = None

    def finish(
        self, result: TenantApplication | None = None, failure: Exception | None = None
    ) -> None:
        """Record the outcome of a fetch (or, with neither, an update) that just finished."""
        self.completed += 1
        self.result, self.failure = result, failure


class _FlightsKey:
    """The application-cache key under which the per-tenant flights are kept.

    They live in the cache dict itself because that dict is what every TenantClient made from
    one InteropClient shares (and it goes away with the client); the shared-state object has
    __slots__ and cannot be weakly referenced. Losing them (a cleared cache) only costs a
    duplicate fetch.
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return "<application fetch locks>"


_FLIGHTS_KEY = _FlightsKey()
# A long-lived client may see credentials come and go (a BearerToken made per request has an
# identity of its own): each time the cache reaches a power of two from this size on, the
# entries past their ttl, and the flights of keys no longer cached, are dropped.
_SWEEP_FROM = 1024


class Application(Resource):
    """The tenant application's authentication parameters and options, cached per tenant.

    `get()` caches the result in the client's shared state, keyed by the tenant's credentials,
    for `ttl` seconds (default `APPLICATION_CACHE_TTL`, 300 s) measured with the client's
    clock. Concurrent `get()`s on a cold cache make one request. A client without a tenant
    identity (`core.tenant_key is None`) does not cache.
    """

    def __init__(self, core: Core, *, ttl: float | None = None) -> None:
        super().__init__(core)
        if ttl is not None and (
            isinstance(ttl, bool) or not isinstance(ttl, int | float) or not ttl >= 0
        ):
            raise InvalidInputError(f"ttl must be a number >= 0, got {validate.describe(ttl)}")
        self._ttl = ttl

    @property
    def ttl(self) -> float:
        """Seconds a cached application stays fresh."""
        return APPLICATION_CACHE_TTL if self._ttl is None else self._ttl

    async def get(self, *, refresh: bool = False) -> TenantApplication:
        """The tenant application, from the cache unless stale or refresh=True
        (getTenantApplication)."""
        validate.boolean("refresh", refresh)
        key = self._core.tenant_key
        if key is None:
            return await self._fetch()
        if not refresh and (cached := self._cached(key)) is not None:
            return cached
        flight = self._flight(key)
        seen = flight.completed
        async with flight.lock:
            if flight.completed != seen:
                # A fetch finished while this caller waited; it was sent after this call began,
                # so its outcome is as fresh as a new request would be.
                if flight.result is not None:
                    return flight.result
                if flight.failure is not None:
                    raise flight.failure
            try:
                application = await self._fetch()
            except Exception as error:
                flight.finish(failure=error)
                raise
            flight.finish(result=application)
            self._store(key, application)
            return application

    async def update(
        self,
        *,
        auth_message: str | Unset | None = UNSET,
        auth_props_pending: Mapping[str, str] | None = None,
        auth_state_pending: ApplicationAuthStateUpdate | str | None = None,
        body: TenantApplicationUpdate | None = None,
    ) -> None:
        """Change the auth message, pending auth props or pending auth state during the
        authentication setup workflow (updateTenantApplication).

        `auth_state_pending` may only be "confirmed" or "error"; `auth_message=None` sends null
        (clears the message). The cached application is dropped whatever the outcome: after a
        success it is out of date, a 409/4xx means our view of the state was stale, and after
        a 5xx or timeout nobody knows whether the change took effect.
        """
        request = self._update_body(auth_message, auth_props_pending, auth_state_pending, body)
        key = self._core.tenant_key
        if key is None:
            await self._core.call(update_tenant_application, body=request)
            return
        flight = self._flight(key)
        # Under the fetch lock: a get() that is in flight cannot store a pre-update copy
        # after this update has dropped the cache.
        async with flight.lock:
            try:
                await self._core.call(update_tenant_application, body=request)
            finally:
                self._core.shared.application_cache.pop(key, None)
                flight.finish()

    @staticmethod
    def _update_body(
        auth_message: str | Unset | None,
        auth_props_pending: Mapping[str, str] | None,
        auth_state_pending: ApplicationAuthStateUpdate | str | None,
        body: TenantApplicationUpdate | None,
    ) -> TenantApplicationUpdate:
        fields = {
            # None is a value here (null clears the message): only UNSET means "not given".
            "auth_message": UNSET if isinstance(auth_message, Unset) else "given",
            "auth_props_pending": auth_props_pending,
            "auth_state_pending": auth_state_pending,
        }

        def build() -> TenantApplicationUpdate:
            if auth_message is not None and not isinstance(auth_message, Unset):
                validate.string("auth_message", auth_message)
            props: TenantApplicationUpdateAuthPropsPending | Unset = UNSET
            if auth_props_pending is not None:
                props = TenantApplicationUpdateAuthPropsPending.from_dict(
                    validate.string_map("auth_props_pending", auth_props_pending)
                )
            return TenantApplicationUpdate(
                auth_message=auth_message,
                auth_props_pending=props,
                auth_state_pending=UNSET
                if auth_state_pending is None
                else validate.known_enum(
                    "auth_state_pending", auth_state_pending, ApplicationAuthStateUpdate
                ),
            )

        request = body_or_fields(TenantApplicationUpdate, body, fields, build)
        # The rule holds for a whole body too: the service accepts only these two states.
        if not isinstance(request.auth_state_pending, Unset):
            validate.known_enum(
                "auth_state_pending", request.auth_state_pending, ApplicationAuthStateUpdate
            )
        return request

    async def _fetch(self) -> TenantApplication:
        return cast(TenantApplication, await self._core.call(get_tenant_application))

    def _cached(self, key: Hashable) -> TenantApplication | None:
        entry = self._core.shared.application_cache.get(key)
        if entry is None:
            return None
        fetched_at, application = entry
        if self._core.shared.clock() - fetched_at >= self.ttl:
            return None
        return cast(TenantApplication, application)

    def _store(self, key: Hashable, application: TenantApplication) -> None:
        cache, now = self._core.shared.application_cache, self._core.shared.clock()
        cache[key] = (now, application)
        size = len(cache)
        if size < _SWEEP_FROM or size & (size - 1):
            return
        stale = [
            k for k, (at, _) in cache.items() if k is not _FLIGHTS_KEY and now - at >= self.ttl
        ]
        for k in stale:
            del cache[k]
        entry = cache.get(_FLIGHTS_KEY)
        flights: dict[Hashable, _Flight] = {} if entry is None else entry[1]
        for k in [k for k, f in flights.items() if k not in cache and not f.lock.locked()]:
            del flights[k]  # a caller still holding it only makes a duplicate fetch

    def _flight(self, key: Hashable) -> _Flight:
        cache = self._core.shared.application_cache
        entry = cache.get(_FLIGHTS_KEY)
        if entry is None:
            entry = cache[_FLIGHTS_KEY] = (math.inf, {})
        flights: dict[Hashable, _Flight] = entry[1]
        return flights.setdefault(key, _Flight())


# ---- rollovers -----------------------------------------------------------------------------


def _rollover_input(
    type: RolloverType | str | None,
    status: RolloverStatus | str | None,
    cloud_id: UUID | str | None,
    actor_id: UUID | str | None,
    metadata: RolloverMetadata | Mapping[str, Any] | None,
    body: RolloverInput | None,
) -> RolloverInput:
    """A RolloverInput: it has no name/start_date/end_date, which the service sets (read-only)."""

    def build() -> RolloverInput:
        given_type = require("type", type)
        given_status = require("status", status)
        if cloud_id is None:  # (not require(): mypy cannot solve its type var for a union)
            raise missing("cloud_id")
        return RolloverInput(
            type_=validate.known_enum("type", given_type, RolloverType),
            status=validate.known_enum("status", given_status, RolloverStatus),
            cloud_id=validate.uuid("cloud_id", cloud_id),
            actor_id=UNSET if actor_id is None else validate.uuid("actor_id", actor_id),
            metadata=UNSET if metadata is None else _rollover_metadata(metadata),
        )

    fields = {
        "type": type,
        "status": status,
        "cloud_id": cloud_id,
        "actor_id": actor_id,
        "metadata": metadata,
    }
    return body_or_fields(RolloverInput, body, fields, build)


def _rollover_metadata(metadata: RolloverMetadata | Mapping[str, Any]) -> RolloverMetadata:
    if isinstance(metadata, RolloverMetadata):
        return metadata
    if not isinstance(metadata, Mapping):
        raise InvalidInputError(
            f"metadata must be a RolloverMetadata or a mapping, got {validate.describe(metadata)}"
        )
    try:
        return RolloverMetadata.from_dict(metadata)
    except (TypeError, ValueError, AttributeError):
        # Not chained: the parser's message may quote the offending value.
        raise InvalidInputError(
            "metadata must hold ISO 8601 date-times (or null) in created/updated"
        ) from None


class Rollovers(Resource):
    """The tenant's school-year rollovers."""

    def list(
        self,
        *,
        sort: RolloverSort | str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        prefetch: int = 0,
    ) -> AsyncPaginator[Rollover]:
        """List the tenant's rollovers; `sort` is a field, "-" prefixed for descending
        (listRollovers)."""
        return self._paginate(
            list_rollovers,
            page=page,
            page_size=page_size,
            prefetch=prefetch,
            sort=None if sort is None else validate.known_enum("sort", sort, RolloverSort),
        )

    async def create(
        self,
        *,
        type: RolloverType | str | None = None,
        status: RolloverStatus | str | None = None,
        cloud_id: UUID | str | None = None,
        actor_id: UUID | str | None = None,
        metadata: RolloverMetadata | Mapping[str, Any] | None = None,
        body: RolloverInput | None = None,
    ) -> Rollover:
        """Create a rollover; type, status and cloud_id are required (createRollover).

        Only the values the spec lists are accepted for `type` and `status`; to send another
        one, pass a `RolloverInput` as `body=`.
        """
        request = _rollover_input(type, status, cloud_id, actor_id, metadata, body)
        return cast(Rollover, await self._core.call(create_rollover, body=request))

    async def count(self) -> int:
        """The number of the tenant's rollovers (countRollovers)."""
        return cast(int, await self._core.call(count_rollovers))

    async def get(self, rollover_id: UUID | str, /) -> Rollover:
        """Find a rollover by id (findRollover)."""
        rollover = validate.uuid("rollover_id", rollover_id)
        return cast(Rollover, await self._core.call(find_rollover, rollover))

    async def update(
        self,
        rollover_id: UUID | str,
        /,
        *,
        type: RolloverType | str | None = None,
        status: RolloverStatus | str | None = None,
        cloud_id: UUID | str | None = None,
        actor_id: UUID | str | None = None,
        metadata: RolloverMetadata | Mapping[str, Any] | None = None,
        body: RolloverInput | None = None,
    ) -> Rollover:
        """Replace a rollover's writable fields; type, status and cloud_id are required
        (updateRollover)."""
        rollover = validate.uuid("rollover_id", rollover_id)
        request = _rollover_input(type, status, cloud_id, actor_id, metadata, body)
        return cast(Rollover, await self._core.call(update_rollover, rollover, body=request))

    async def delete(self, rollover_id: UUID | str, /) -> None:
        """Delete a rollover (deleteRollover)."""
        await self._core.call(delete_rollover, validate.uuid("rollover_id", rollover_id))


# ---- schedules -----------------------------------------------------------------------------


class Schedules(Resource):
    """The tenant's collection schedules."""

    def list(
        self, *, page: int | None = None, page_size: int | None = None, prefetch: int = 0
    ) -> AsyncPaginator[Schedule]:
        """List the tenant's schedules (listSchedules)."""
        return self._paginate(list_schedules, page=page, page_size=page_size, prefetch=prefetch)

    async def create(
        self, *, hour: int | None = None, body: ScheduleInput | None = None
    ) -> Schedule:
        """Create a daily collection schedule at `hour` (0-23, UTC) (createSchedule)."""
        request = body_or_fields(
            ScheduleInput,
            body,
            {"hour": hour},
            lambda: ScheduleInput(hour=require("hour", hour)),
        )
        validate.hour(request.hour)  # also for a whole body: the service takes only 0-23
        return cast(Schedule, await self._core.call(create_schedule, body=request))

    async def run(self, schedule_id: UUID | str, /) -> None:
        """Queue an enabled collection schedule for execution now (runSchedule)."""
        schedule = validate.uuid("schedule_id", schedule_id)
        # The body is optional and empty; "{}" is sent rather than nothing because the
        # generated request carries Content-Type: application/json either way.
        await self._core.call(run_schedule, schedule, body=RunScheduleInput())

    async def count(self) -> int:
        """The number of the tenant's schedules (countSchedules)."""
        return cast(int, await self._core.call(count_schedules))

    async def get(self, schedule_id: UUID | str, /) -> Schedule:
        """Find a schedule by id (findSchedule)."""
        schedule = validate.uuid("schedule_id", schedule_id)
        return cast(Schedule, await self._core.call(find_schedule, schedule))

    async def update(
        self,
        schedule_id: UUID | str,
        /,
        *,
        enabled: bool | None = None,
        body: ScheduleUpdate | None = None,
    ) -> None:
        """Enable or pause a schedule; `enabled` is the only field that may change
        (updateSchedule)."""
        schedule = validate.uuid("schedule_id", schedule_id)
        request = body_or_fields(
            ScheduleUpdate,
            body,
            {"enabled": enabled},
            lambda: ScheduleUpdate(
                enabled=validate.boolean("enabled", require("enabled", enabled))
            ),
        )
        await self._core.call(update_schedule, schedule, body=request)

    async def delete(self, schedule_id: UUID | str, /) -> None:
        """Delete a schedule (deleteSchedule)."""
        await self._core.call(delete_schedule, validate.uuid("schedule_id", schedule_id))


# ---- ingestions ----------------------------------------------------------------------------


class Ingestions(Resource):
    """The tenant's data ingestions."""

    def list(
        self, *, page: int | None = None, page_size: int | None = None, prefetch: int = 0
    ) -> AsyncPaginator[Ingestion]:
        """List the tenant's ingestions (listIngestions)."""
        return self._paginate(list_ingestions, page=page, page_size=page_size, prefetch=prefetch)

    async def count(self) -> int:
        """The number of ingestions that `list` would return (countIngestions)."""
        return cast(int, await self._core.call(count_ingestions))

    async def get(self, ingestion_id: UUID | str, /) -> Ingestion:
        """Find an ingestion by id (findIngestion)."""
        ingestion = validate.uuid("ingestion_id", ingestion_id)
        return cast(Ingestion, await self._core.call(find_ingestion, ingestion))
