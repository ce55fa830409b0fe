"""The typed façade over the generated endpoints: one method per operation of the spec.

`account` holds what `InteropClient` exposes (actors, clouds, integrations, tenants); `tenant`
what `TenantClient` exposes. Each class wraps a `_Core` (see `_common.Core`) and only checks
input, builds the generated request arguments and types the result.
"""

from .account import Actors, Clouds, Integrations, IntegrationVersions, Tenants
from .tenant import (
    Application,
    Ingestions,
    Rollovers,
    Schedules,
    Scoping,
    ScopingCourses,
    ScopingSchools,
    tenant_info,
    tenant_state,
)

__all__ = [
    "Actors",
    "Application",
    "Clouds",
    "Ingestions",
    "IntegrationVersions",
    "Integrations",
    "Rollovers",
    "Schedules",
    "Scoping",
    "ScopingCourses",
    "ScopingSchools",
    "Tenants",
    "tenant_info",
    "tenant_state",
]
