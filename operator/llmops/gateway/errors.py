"""OpenAI-shaped errors: `{"error": {"message", "type", "code"}}` with the right HTTP status."""

from __future__ import annotations

import json


class GatewayError(Exception):
    """A request that ends in an error answer. Raised by any stage, turned into JSON by the app."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        type: str = "invalid_request_error",
        code: str | None = None,
        param: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.type = type
        self.code = code
        self.param = param
        self.headers = headers or {}

    def body(self) -> bytes:
        return error_body(self.message, self.type, self.code, self.param)


def error_body(message: str, type: str, code: str | None, param: str | None = None) -> bytes:
    return json.dumps({"error": {"message": message, "type": type, "code": code, "param": param}}).encode()


def bad_request(message: str, code: str = "invalid_request", param: str | None = None) -> GatewayError:
    return GatewayError(400, message, code=code, param=param)


def upstream_error(status: int, message: str, code: str) -> GatewayError:
    return GatewayError(status, message, type="upstream_error", code=code)
