"""Request ids that say which prompt version answered: `req_<24 hex>` and, when a version of
the deployment's prompt was applied, `.<version>` after it (`req_3f…9a.support-v2`).

Feedback (`POST /v1/feedback {request_id}`) is counted for the version the id names, on
whichever replica gets it and after any restart: no gateway keeps a table of ids (a table is
per process, lost on restart, and grew the process by ~11 MiB when full). The id is not signed:
a caller who may send feedback at all can name any version the gateway knows (the version must
be one this gateway serves or has served, so feedback cannot create label values), as it
could always score answers it never got; with `auth: APIKeys` only key holders reach
/v1/feedback.
"""

from __future__ import annotations

import os
import re

PREFIX = "req_"
_RANDOM_HEX = 24  # 96 bits
_BASE = len(PREFIX) + _RANDOM_HEX
# a Kubernetes object name (PromptVersion names are): lower-case alphanumerics, '-' and '.'
_ID = re.compile(r"req_[0-9a-f]{24}(?:\.([a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?))?")


class RequestIds:
    """Random request ids, from the OS's random source read 256 ids at a time: one getrandom
    call per 256 requests instead of one per request."""

    def __init__(self, batch: int = 256) -> None:
        self.batch = batch
        self._hex = ""
        self._at = 0

    def __call__(self) -> str:
        at = self._at
        if at >= len(self._hex):
            self._hex = os.urandom(_RANDOM_HEX // 2 * self.batch).hex()
            at = 0
        self._at = at + _RANDOM_HEX
        return PREFIX + self._hex[at : at + _RANDOM_HEX]


def with_version(request_id: str, version: str) -> str:
    """`request_id` (as RequestIds makes them) naming the prompt version that answers."""
    return f"{request_id[:_BASE]}.{version}"


def parse(request_id: str) -> tuple[bool, str | None]:
    """(whether `request_id` is one of ours, the prompt version it names or None)."""
    m = _ID.fullmatch(request_id)
    if m is None:
        return False, None
    return True, m.group(1)
