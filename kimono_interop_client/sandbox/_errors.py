"""The two error shapes the sandbox answers with: Kimono's error body and OAuth2's."""

from __future__ import annotations

from typing import Any

# Kimono's `code` strings are not documented; these are the sandbox's own, stable ones.
CODES: dict[int, str] = {
    400: "invalid_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    429: "rate_limited",
    500: "server_error",
}


def error_body(
    status: int, message: str, *, code: str | None = None, details: str = ""
) -> dict[str, Any]:
    """Kimono's error body: `{status, code, message, ext_message, details}`."""
    return {
        "status": status,
        "code": code or CODES.get(status, "error"),
        "message": message,
        "ext_message": message,
        "details": details,
    }


class ApiError(Exception):
    """Raised by handlers; the app turns it into Kimono's error body with this status."""

    def __init__(
        self, status: int, message: str, *, code: str | None = None, details: str = ""
    ) -> None:
        super().__init__(message)
        self.status = status
        self.body = error_body(status, message, code=code, details=details)
        self.headers: dict[str, str] = {}


class OAuthError(Exception):
    """Raised by the token endpoint; answered as `{error, error_description}` (RFC 6749 §5.2)."""

    def __init__(self, status: int, error: str, description: str) -> None:
        super().__init__(description)
        self.status = status
        self.body = {"error": error, "error_description": description}
