# Generated from openapi/interop.yaml by make generate (openapi-python-client + custom/).
# Do not edit by hand: your change will be overwritten.
"""Contains all the data models used in inputs/outputs.

Each model loads on first use (PEP 562): an endpoint module pulls in the few models it needs,
not all of them (loading every model costs about as much again as importing httpx).
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account_ref import AccountRef
    from .actor import Actor
    from .actor_auth import ActorAuth
    from .actor_auth_type import ActorAuthType
    from .actor_type import ActorType
    from .actors_response import ActorsResponse
    from .app_auth import AppAuth
    from .app_auth_scheme import AppAuthScheme
    from .application_auth_state import ApplicationAuthState
    from .application_auth_state_update import ApplicationAuthStateUpdate
    from .application_auth_type import ApplicationAuthType
    from .base_account_resource import BaseAccountResource
    from .base_resource import BaseResource
    from .base_tenant_resource import BaseTenantResource
    from .cloud import Cloud
    from .cloud_input import CloudInput
    from .cloud_ref import CloudRef
    from .cloud_response import CloudResponse
    from .clouds_response import CloudsResponse
    from .error import Error
    from .ingestion import Ingestion
    from .ingestion_metadata import IngestionMetadata
    from .ingestion_response import IngestionResponse
    from .ingestion_state import IngestionState
    from .ingestion_type import IngestionType
    from .ingestions_response import IngestionsResponse
    from .integration import Integration
    from .integration_input import IntegrationInput
    from .integration_ref import IntegrationRef
    from .integration_response import IntegrationResponse
    from .integration_version import IntegrationVersion
    from .integration_version_input import IntegrationVersionInput
    from .integration_version_response import IntegrationVersionResponse
    from .integration_versions_response import IntegrationVersionsResponse
    from .integrations_response import IntegrationsResponse
    from .paging import Paging
    from .release_state import ReleaseState
    from .rollover import Rollover
    from .rollover_failure_reason import RolloverFailureReason
    from .rollover_input import RolloverInput
    from .rollover_metadata import RolloverMetadata
    from .rollover_response import RolloverResponse
    from .rollover_sort import RolloverSort
    from .rollover_status import RolloverStatus
    from .rollover_type import RolloverType
    from .rollovers_response import RolloversResponse
    from .run_schedule_input import RunScheduleInput
    from .schedule import Schedule
    from .schedule_input import ScheduleInput
    from .schedule_metadata import ScheduleMetadata
    from .schedule_response import ScheduleResponse
    from .schedule_type import ScheduleType
    from .schedule_update import ScheduleUpdate
    from .schedules_response import SchedulesResponse
    from .scoping_course import ScopingCourse
    from .scoping_course_input import ScopingCourseInput
    from .scoping_course_response import ScopingCourseResponse
    from .scoping_courses_input import ScopingCoursesInput
    from .scoping_courses_response import ScopingCoursesResponse
    from .scoping_school import ScopingSchool
    from .scoping_school_input import ScopingSchoolInput
    from .scoping_school_response import ScopingSchoolResponse
    from .scoping_schools_input import ScopingSchoolsInput
    from .scoping_schools_response import ScopingSchoolsResponse
    from .tenant_application import TenantApplication
    from .tenant_application_auth_props import TenantApplicationAuthProps
    from .tenant_application_auth_props_pending import TenantApplicationAuthPropsPending
    from .tenant_application_options import TenantApplicationOptions
    from .tenant_application_response import TenantApplicationResponse
    from .tenant_application_update import TenantApplicationUpdate
    from .tenant_application_update_auth_props_pending import (
        TenantApplicationUpdateAuthPropsPending,
    )
    from .tenant_info import TenantInfo
    from .tenant_info_response import TenantInfoResponse
    from .tenant_infos_response import TenantInfosResponse
    from .tenant_state import TenantState
    from .tenant_state_response import TenantStateResponse

# The module of each model, relative to this package ("from .cloud import Cloud").
_MODULE_OF = {
    "AccountRef": ".account_ref",
    "Actor": ".actor",
    "ActorAuth": ".actor_auth",
    "ActorAuthType": ".actor_auth_type",
    "ActorType": ".actor_type",
    "ActorsResponse": ".actors_response",
    "AppAuth": ".app_auth",
    "AppAuthScheme": ".app_auth_scheme",
    "ApplicationAuthState": ".application_auth_state",
    "ApplicationAuthStateUpdate": ".application_auth_state_update",
    "ApplicationAuthType": ".application_auth_type",
    "BaseAccountResource": ".base_account_resource",
    "BaseResource": ".base_resource",
    "BaseTenantResource": ".base_tenant_resource",
    "Cloud": ".cloud",
    "CloudInput": ".cloud_input",
    "CloudRef": ".cloud_ref",
    "CloudResponse": ".cloud_response",
    "CloudsResponse": ".clouds_response",
    "Error": ".error",
    "Ingestion": ".ingestion",
    "IngestionMetadata": ".ingestion_metadata",
    "IngestionResponse": ".ingestion_response",
    "IngestionState": ".ingestion_state",
    "IngestionType": ".ingestion_type",
    "IngestionsResponse": ".ingestions_response",
    "Integration": ".integration",
    "IntegrationInput": ".integration_input",
    "IntegrationRef": ".integration_ref",
    "IntegrationResponse": ".integration_response",
    "IntegrationVersion": ".integration_version",
    "IntegrationVersionInput": ".integration_version_input",
    "IntegrationVersionResponse": ".integration_version_response",
    "IntegrationVersionsResponse": ".integration_versions_response",
    "IntegrationsResponse": ".integrations_response",
    "Paging": ".paging",
    "ReleaseState": ".release_state",
    "Rollover": ".rollover",
    "RolloverFailureReason": ".rollover_failure_reason",
    "RolloverInput": ".rollover_input",
    "RolloverMetadata": ".rollover_metadata",
    "RolloverResponse": ".rollover_response",
    "RolloverSort": ".rollover_sort",
    "RolloverStatus": ".rollover_status",
    "RolloverType": ".rollover_type",
    "RolloversResponse": ".rollovers_response",
    "RunScheduleInput": ".run_schedule_input",
    "Schedule": ".schedule",
    "ScheduleInput": ".schedule_input",
    "ScheduleMetadata": ".schedule_metadata",
    "ScheduleResponse": ".schedule_response",
    "ScheduleType": ".schedule_type",
    "ScheduleUpdate": ".schedule_update",
    "SchedulesResponse": ".schedules_response",
    "ScopingCourse": ".scoping_course",
    "ScopingCourseInput": ".scoping_course_input",
    "ScopingCourseResponse": ".scoping_course_response",
    "ScopingCoursesInput": ".scoping_courses_input",
    "ScopingCoursesResponse": ".scoping_courses_response",
    "ScopingSchool": ".scoping_school",
    "ScopingSchoolInput": ".scoping_school_input",
    "ScopingSchoolResponse": ".scoping_school_response",
    "ScopingSchoolsInput": ".scoping_schools_input",
    "ScopingSchoolsResponse": ".scoping_schools_response",
    "TenantApplication": ".tenant_application",
    "TenantApplicationAuthProps": ".tenant_application_auth_props",
    "TenantApplicationAuthPropsPending": ".tenant_application_auth_props_pending",
    "TenantApplicationOptions": ".tenant_application_options",
    "TenantApplicationResponse": ".tenant_application_response",
    "TenantApplicationUpdate": ".tenant_application_update",
    "TenantApplicationUpdateAuthPropsPending": ".tenant_application_update_auth_props_pending",
    "TenantInfo": ".tenant_info",
    "TenantInfoResponse": ".tenant_info_response",
    "TenantInfosResponse": ".tenant_infos_response",
    "TenantState": ".tenant_state",
    "TenantStateResponse": ".tenant_state_response",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULE_OF])


__all__ = (
    "AccountRef",
    "Actor",
    "ActorAuth",
    "ActorAuthType",
    "ActorType",
    "ActorsResponse",
    "AppAuth",
    "AppAuthScheme",
    "ApplicationAuthState",
    "ApplicationAuthStateUpdate",
    "ApplicationAuthType",
    "BaseAccountResource",
    "BaseResource",
    "BaseTenantResource",
    "Cloud",
    "CloudInput",
    "CloudRef",
    "CloudResponse",
    "CloudsResponse",
    "Error",
    "Ingestion",
    "IngestionMetadata",
    "IngestionResponse",
    "IngestionState",
    "IngestionType",
    "IngestionsResponse",
    "Integration",
    "IntegrationInput",
    "IntegrationRef",
    "IntegrationResponse",
    "IntegrationVersion",
    "IntegrationVersionInput",
    "IntegrationVersionResponse",
    "IntegrationVersionsResponse",
    "IntegrationsResponse",
    "Paging",
    "ReleaseState",
    "Rollover",
    "RolloverFailureReason",
    "RolloverInput",
    "RolloverMetadata",
    "RolloverResponse",
    "RolloverSort",
    "RolloverStatus",
    "RolloverType",
    "RolloversResponse",
    "RunScheduleInput",
    "Schedule",
    "ScheduleInput",
    "ScheduleMetadata",
    "ScheduleResponse",
    "ScheduleType",
    "ScheduleUpdate",
    "SchedulesResponse",
    "ScopingCourse",
    "ScopingCourseInput",
    "ScopingCourseResponse",
    "ScopingCoursesInput",
    "ScopingCoursesResponse",
    "ScopingSchool",
    "ScopingSchoolInput",
    "ScopingSchoolResponse",
    "ScopingSchoolsInput",
    "ScopingSchoolsResponse",
    "TenantApplication",
    "TenantApplicationAuthProps",
    "TenantApplicationAuthPropsPending",
    "TenantApplicationOptions",
    "TenantApplicationResponse",
    "TenantApplicationUpdate",
    "TenantApplicationUpdateAuthPropsPending",
    "TenantInfo",
    "TenantInfoResponse",
    "TenantInfosResponse",
    "TenantState",
    "TenantStateResponse",
)
