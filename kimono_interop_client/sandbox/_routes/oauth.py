"""POST /oauth/token: the OAuth2 client-credentials grant (RFC 6749 §4.4)."""

from __future__ import annotations

from urllib.parse import parse_qs

from .._app import Call, Routes
from .._auth import BasicPair, parse_authorization, same
from .._errors import OAuthError
from .._http import Reply, json_reply

routes = Routes()


@routes.op("POST", "/oauth/token", "token", "none")
async def issue_token(call: Call) -> Reply:
    sandbox = call.sandbox
    media_type = call.request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type != "application/x-www-form-urlencoded":
        raise OAuthError(
            400, "invalid_request", "Send the form as application/x-www-form-urlencoded"
        )
    try:
        form = parse_qs((await call.request.body()).decode("utf-8"), keep_blank_values=True)
    except UnicodeDecodeError:
        raise OAuthError(400, "invalid_request", "The form is not UTF-8") from None
    field = {name: values[0] for name, values in form.items() if len(values) == 1}
    if any(len(values) > 1 for values in form.values()):
        raise OAuthError(400, "invalid_request", "Parameters must not be repeated")
    presented = parse_authorization(call.request.headers.get("authorization"), form_encoded=True)
    if isinstance(presented, BasicPair):
        client_id, client_secret = presented.user, presented.password
    else:
        client_id, client_secret = field.get("client_id", ""), field.get("client_secret", "")
    if client_id:
        sandbox.stats.record(sandbox.stats.token_requests, client_id)
    grant_type = field.get("grant_type")
    if not grant_type:
        raise OAuthError(400, "invalid_request", "grant_type is required")
    if grant_type != "client_credentials":
        raise OAuthError(400, "unsupported_grant_type", "Only client_credentials is supported")
    if not client_id or not client_secret:
        raise OAuthError(401, "invalid_client", "Client authentication is required")
    actor = call.state.actor_by_client_id(client_id)
    if actor is None or not same(client_secret, actor["auth"]["client_secret"]):
        raise OAuthError(401, "invalid_client", "Unknown client or wrong secret")
    if actor["auth"]["type"] != "oauth2":
        raise OAuthError(
            400,
            "unauthorized_client",
            "This actor's auth.type is basic: send its credentials as HTTP Basic",
        )
    ttl = sandbox.token_ttl_for(client_id)
    token = sandbox.tokens.issue(client_id, ttl)
    sandbox.stats.record(sandbox.stats.tokens_issued, client_id)
    body: dict[str, object] = {"access_token": token, "token_type": "bearer"}
    if sandbox.send_expires_in:
        body["expires_in"] = int(ttl)
    return json_reply(200, body, {"Cache-Control": "no-store", "Pragma": "no-cache"})
