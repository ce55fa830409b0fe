# Generated from openapi/interop.yaml by make generate (openapi-python-client + custom/).
# Do not edit by hand: your change will be overwritten.
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.scoping_course_response import ScopingCourseResponse
from ...models.scoping_courses_input import ScopingCoursesInput
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    *,
    body: ScopingCoursesInput,
    replace: bool | Unset = True,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["replace"] = replace

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/interop/tenant/scoping/courses",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ScopingCourseResponse | None:
    if response.status_code == 200:
        response_200 = ScopingCourseResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


# The model each documented 2xx JSON body is, by status: the layer decodes these straight from
# the bytes (kimono_interop_client/_decoding.py), and uses _parse_response for anything else.
_JSON_MODELS: dict[int, type] = {
    200: ScopingCourseResponse,
}


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ScopingCourseResponse]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ScopingCoursesInput,
    replace: bool | Unset = True,
) -> Response[Error | ScopingCourseResponse]:
    """Create Scoping Courses

     Create Scoping Courses for the tenant: `replace=true` (the default) replaces the tenant's Scoping
    Courses, `replace=false` appends to them.

    Args:
        replace (bool | Unset):  Default: True.
        body (ScopingCoursesInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ScopingCourseResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        replace=replace,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ScopingCoursesInput,
    replace: bool | Unset = True,
) -> Error | ScopingCourseResponse | None:
    """Create Scoping Courses

     Create Scoping Courses for the tenant: `replace=true` (the default) replaces the tenant's Scoping
    Courses, `replace=false` appends to them.

    Args:
        replace (bool | Unset):  Default: True.
        body (ScopingCoursesInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ScopingCourseResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        replace=replace,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ScopingCoursesInput,
    replace: bool | Unset = True,
) -> Response[Error | ScopingCourseResponse]:
    """Create Scoping Courses

     Create Scoping Courses for the tenant: `replace=true` (the default) replaces the tenant's Scoping
    Courses, `replace=false` appends to them.

    Args:
        replace (bool | Unset):  Default: True.
        body (ScopingCoursesInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ScopingCourseResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        replace=replace,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ScopingCoursesInput,
    replace: bool | Unset = True,
) -> Error | ScopingCourseResponse | None:
    """Create Scoping Courses

     Create Scoping Courses for the tenant: `replace=true` (the default) replaces the tenant's Scoping
    Courses, `replace=false` appends to them.

    Args:
        replace (bool | Unset):  Default: True.
        body (ScopingCoursesInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ScopingCourseResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            replace=replace,
        )
    ).parsed
