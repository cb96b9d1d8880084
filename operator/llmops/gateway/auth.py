"""Who may call: the API-key stage of the gateway.

`Authorization: Bearer llmops_<id>_<secret>` is checked against the keys Secret mounted into
the pod (a directory with one record per key id; see llmops.api.apikeys). The id picks one
record; the SHA-256 of the presented key is compared with the stored one in constant time,
and an unknown id is compared against a dummy digest, so a request costs one hash whatever it
carries. The key itself is never logged, counted or kept: only its id.

The key set is reloaded when the Secret changes (the kubelet swaps the volume's `..data`
symlink). A set that does not parse is refused and the last good one stays; a gateway that
never had a good set answers 503 `auth_unavailable` to every request (fail closed).

A router's own key is marked `router`; only with such a key is the caller header
(`x-llmops-caller: <id>/<team>`) believed, so a router can forward who its caller was while a
client's key never leaves the router.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import os
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml

from llmops.api import apikeys
from llmops.gateway.errors import GatewayError

log = logging.getLogger("llmops.gateway.auth")

MAX_TEAM_LABELS = 32    # distinct `team` label values a gateway exports; the rest are `other`
OTHER_TEAM = "other"
MAX_ENTRY_BYTES = 4096  # a record is ~150 bytes; anything much larger is not one
_DATA = "..data"
_DUMMY = hashlib.sha256(b"llmops: the digest an unknown key id is compared with").digest()


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is calling: the key's id and what its record says. `via` is the router key a
    forwarded caller came through (its limits were applied by that router)."""

    key_id: str
    team: str
    team_label: str          # `team`, or `other` beyond the label bound
    user: str | None = None
    rpm: int | None = None
    tpm: int | None = None
    router: bool = False
    via: str | None = None

    @property
    def rate_key(self) -> str:
        """What the rate limiter keys on: the authenticated id (per router for forwarded callers)."""
        return self.key_id if self.via is None else f"{self.via}>{self.key_id}"

    def limits(self, deployment_rpm: int, deployment_tpm: int) -> tuple[int, int]:
        """This key's limits capped by the deployment's own (0 = unlimited, as in the config)."""
        return capped(self.rpm, deployment_rpm), capped(self.tpm, deployment_tpm)

    def header(self) -> str:
        """The caller header a router sends to its targets for this caller."""
        return f"{self.key_id}/{self.team}"


def capped(key_limit: int | None, deployment_limit: int) -> int:
    if not key_limit:
        return deployment_limit
    return key_limit if not deployment_limit else min(key_limit, deployment_limit)


@dataclass(frozen=True, slots=True)
class AuthError:
    """A refused request; `result` is the bounded metric value (missing | invalid | unavailable)."""

    status: int
    code: str
    message: str
    result: str
    claimed_id: str | None = None  # the id of a well-formed but wrong key, for the audit line

    def to_gateway_error(self) -> GatewayError:
        kind = "invalid_request_error" if self.status == 401 else "server_error"
        headers = {"www-authenticate": 'Bearer realm="llmops"'} if self.status == 401 else {"retry-after": "5"}
        return GatewayError(self.status, self.message, type=kind, code=self.code, headers=headers)


MISSING = AuthError(401, "invalid_api_key", "Missing API key: send 'Authorization: Bearer llmops_<id>_<secret>'.",
                    "missing")
INVALID = AuthError(401, "invalid_api_key", "Invalid API key.", "invalid")
UNAVAILABLE = AuthError(503, "auth_unavailable",
                        "Authentication is unavailable: this gateway has no valid API key set (see /readyz).",
                        "unavailable")


class TeamLabels:
    """Bounded `team` label values: the key set's teams in name order take the first `limit`
    slots (the same on every replica of a deployment), teams forwarded by a router take the
    slots left, first come; every other team is `other`."""

    __slots__ = ("_labels", "_spare")

    def __init__(self, known: Iterable[str], limit: int = MAX_TEAM_LABELS) -> None:
        ordered = sorted(set(known))
        self._labels = {t: (t if i < limit else OTHER_TEAM) for i, t in enumerate(ordered)}
        self._spare = max(0, limit - len(ordered))

    def label(self, team: str) -> str:
        got = self._labels.get(team)
        if got is not None:
            return got
        if self._spare > 0:
            self._spare -= 1
            self._labels[team] = team
            return team
        return OTHER_TEAM


class KeyStore:
    """One loaded key set: id -> (digest, principal). Immutable once built; a reload builds a new one."""

    __slots__ = ("_entries", "teams", "source")

    def __init__(self, entries: dict[str, tuple[bytes, Principal]], teams: TeamLabels, source: str = "") -> None:
        self._entries = entries
        self.teams = teams
        self.source = source

    def __len__(self) -> int:
        return len(self._entries)

    @classmethod
    def from_entries(cls, entries: Mapping[str, str | bytes], max_team_labels: int = MAX_TEAM_LABELS,
                     source: str = "") -> KeyStore:
        """Secret data (id -> JSON record) -> a key set. ValueError naming the first bad entry."""
        records = {}
        for key_id in sorted(entries):
            value = entries[key_id]
            if len(value) > MAX_ENTRY_BYTES:
                raise ValueError(f"key {key_id!r}: entry of {len(value)} bytes is not a key record")
            records[key_id] = apikeys.parse_record(key_id, value)
        teams = TeamLabels((r.team for r in records.values()), max_team_labels)
        built = {}
        for key_id, r in records.items():
            principal = Principal(key_id, r.team, teams.label(r.team), r.user, r.rpm, r.tpm, r.router)
            built[key_id] = (bytes.fromhex(r.sha256), principal)
        return cls(built, teams, source)

    @classmethod
    def load(cls, path: str | Path, max_team_labels: int = MAX_TEAM_LABELS) -> KeyStore:
        """A mounted keys Secret (a directory), or a Secret manifest file (local runs).
        Raises ValueError or OSError when there is no valid key set there."""
        return cls.from_entries(read_entries(path), max_team_labels, str(path))

    def authenticate(self, authorization: str | None, caller: str | None = None) -> Principal | AuthError:
        """The `Authorization` header (and the router caller header) -> who calls, or why not."""
        if not authorization:
            return MISSING
        if authorization[:7] == "Bearer " or authorization[:7].lower() == "bearer ":
            token = authorization[7:].strip()
        else:
            return MISSING
        parts = apikeys.split_key(token)
        if parts is None:
            return INVALID
        entry = self._entries.get(parts[0])
        digest = hashlib.sha256(token.encode()).digest()
        if entry is None:
            hmac.compare_digest(digest, _DUMMY)  # the same work as a known id, then the same answer
            return AuthError(INVALID.status, INVALID.code, INVALID.message, INVALID.result, parts[0])
        if not hmac.compare_digest(digest, entry[0]):
            return AuthError(INVALID.status, INVALID.code, INVALID.message, INVALID.result, parts[0])
        principal = entry[1]
        if caller and principal.router:
            forwarded = apikeys.parse_caller(caller)
            if forwarded is not None:
                return Principal(forwarded[0], forwarded[1], self.teams.label(forwarded[1]), via=principal.key_id)
        return principal


def read_entries(path: str | Path) -> dict[str, bytes]:
    """The entries of a keys Secret: a mounted volume (read through `..data`, so one version
    of every file even while the kubelet swaps it) or a Secret manifest (data and stringData)."""
    path = Path(path)
    if path.is_dir():
        root = path / os.readlink(path / _DATA) if (path / _DATA).is_symlink() else path
        out = {}
        for entry in os.scandir(root):
            if entry.name.startswith(".") or not entry.is_file():
                continue
            with open(entry.path, "rb") as f:
                out[entry.name] = f.read(MAX_ENTRY_BYTES + 1)
        return out
    return apikeys.secret_entries(yaml.safe_load(path.read_text(encoding="utf-8")), str(path))


def source_identity(path: str | Path) -> tuple | None:
    """Changes whenever the key set may have: the `..data` target of a mounted volume, else
    every file's identity. None when the path is gone."""
    path = Path(path)
    try:
        if (path / _DATA).is_symlink():
            return ("volume", os.readlink(path / _DATA))
        if path.is_dir():
            return tuple(sorted((e.name, *_stat(e.stat())) for e in os.scandir(path) if not e.name.startswith(".")))
        return ("file", *_stat(path.stat()))
    except OSError:
        return None


def _stat(st: os.stat_result) -> tuple[int, int, int]:
    return (st.st_ino, st.st_size, st.st_mtime_ns)


def describe(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:1000] or type(exc).__name__


class Authenticator:
    """The gateway's key set over its lifetime: the last good KeyStore (or none yet), the last
    refusal, and the reload from its source. `authenticate` is what the request path calls."""

    def __init__(self, path: str | Path, max_team_labels: int = MAX_TEAM_LABELS) -> None:
        self.path = Path(path)
        self.max_team_labels = max_team_labels
        self.store: KeyStore | None = None
        self.error: str | None = None
        self._seen: tuple | None = None
        self.reload()

    @property
    def ready(self) -> bool:
        return self.store is not None

    def authenticate(self, authorization: str | None, caller: str | None = None) -> Principal | AuthError:
        store = self.store
        if store is None:
            return UNAVAILABLE
        return store.authenticate(authorization, caller)

    def reload(self) -> str:
        """Load the source when it changed: `loaded`, `unchanged` or `refused` (last good kept)."""
        identity = source_identity(self.path)
        if identity is not None and identity == self._seen:
            return "unchanged"
        self._seen = identity
        try:
            store = KeyStore.load(self.path, self.max_team_labels)
        except (ValueError, OSError) as exc:
            self.error = describe(exc)
            kept = f"keeping the last good set of {len(self.store)} keys" if self.store else "refusing every request (503)"
            log.error("API keys at %s refused, %s: %s", self.path, kept, self.error)
            return "refused"
        self.store = store
        self.error = None
        log.info("API keys loaded from %s: %d keys", self.path, len(store))
        return "loaded"

    async def watch(self, interval: float, on_event: Callable[[str], None] = lambda result: None) -> None:
        """Poll the source until cancelled; loading runs off the event loop."""
        while True:
            await asyncio.sleep(interval)
            if source_identity(self.path) == self._seen:
                continue
            result = await asyncio.to_thread(self.reload)
            if result != "unchanged":
                on_event(result)

    def status(self) -> dict:
        """For /readyz: how many keys are active and why the last reload was refused, if it was."""
        out: dict = {"mode": "APIKeys", "keys": len(self.store) if self.store else 0, "loaded": self.ready}
        if self.error:
            out["lastReloadError"] = self.error
        return out


Handler = Callable[..., Awaitable[None]]


def guard(auth: Authenticator, handler: Handler) -> Handler:
    """A route handler that answers 401/503 unless the request carries a valid key: for the
    endpoints that need no principal beyond "may call" (/v1/models, /v1/feedback)."""

    async def guarded(request, out) -> None:
        result = auth.authenticate(request.headers.get("authorization"), request.headers.get(apikeys.CALLER_HEADER))
        if isinstance(result, AuthError):
            err = result.to_gateway_error()
            await out.send(err.status, err.body(), err.headers)
            return
        await handler(request, out)

    return guarded


class UpstreamKey:
    """A router's own key towards its targets, read from its mounted Secret file and re-read
    when the kubelet swaps it (`reload`, from the same watcher as the key set). A file that does
    not hold a key is refused and the last good key stays; `value` is None until one was read."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.value: str | None = None
        self.key_id: str | None = None
        self.error: str | None = None
        self._seen: tuple | None = None
        self.reload()

    def reload(self) -> str:
        identity = source_identity(self.path.parent) if (self.path.parent / _DATA).is_symlink() else \
            source_identity(self.path)
        if identity is not None and identity == self._seen:
            return "unchanged"
        self._seen = identity
        try:
            text = self.path.read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError) as exc:
            self.error = describe(exc)
            log.error("router key at %s refused: %s", self.path, self.error)
            return "refused"
        parts = apikeys.split_key(text)
        if parts is None:
            self.error = f"{self.path} does not hold an llmops_<id>_<secret> key"
            log.error("router key refused: %s", self.error)
            return "refused"
        self.value, self.key_id, self.error = text, parts[0], None
        log.info("router key %r loaded from %s", self.key_id, self.path)
        return "loaded"

    def headers(self, caller: Principal | None) -> dict[str, str]:
        """What a router adds to a request to a target: its own key (never the caller's) and,
        when it knows one, who the caller is."""
        out = {"Authorization": f"Bearer {self.value}"} if self.value else {}
        if caller is not None and self.value:
            out[apikeys.CALLER_HEADER] = caller.header()
        return out
