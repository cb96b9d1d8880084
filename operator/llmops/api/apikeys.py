"""API keys of the gateway: the `spec.gateway.auth` / `spec.auth` models, the key format, and
the record a keys Secret holds per key. Shared by `llmops keys` (which writes records) and
the gateway (which reads them from the mounted Secret); no I/O here.

A key is `llmops_<id>_<secret>`: the id says which record to compare against (one hash per
request, never a scan of all keys), the secret is 256 random bits in hex. A keys Secret has
one data entry per key id whose value is a compact JSON record: the SHA-256 of the whole key
(never the key), the team it is billed to, an optional user, optional per-key limits, and
whether it is a router's key (trusted to name the caller it forwards for). Only hashes are
stored, so the Secret reveals no usable key, and a key created once can never be shown again.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import secrets
from enum import StrEnum

from pydantic import Field, ValidationError, model_validator

from .meta import ApiModel, ObjectRef, SecretKeyRef, cel, validations

KEY_PREFIX = "llmops_"
SECRET_BYTES = 32  # 256 bits: a SHA-256 of it cannot be brute-forced, so no password KDF is needed
SECRET_HEX = 2 * SECRET_BYTES
ID_MAX = 63
# A key id is a DNS label: a valid Secret data key, file name, log token and label value.
ID_PATTERN = r"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"
# A team is a Kubernetes label value (it becomes the bounded `team` label of the metrics).
TEAM_PATTERN = r"^[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"
KEY_MAX = len(KEY_PREFIX) + ID_MAX + 1 + SECRET_HEX
_ID = re.compile(ID_PATTERN)
_TEAM = re.compile(TEAM_PATTERN)
_HEX = re.compile(rf"^[0-9a-f]{{{SECRET_HEX}}}$")

# Header a router sets towards its targets: `<key id>/<team>` of the caller it forwards for.
# A target believes it only when the request's own key is marked `router`.
CALLER_HEADER = "x-llmops-caller"


# --- the API fields -------------------------------------------------------------------------


class AuthMode(StrEnum):
    """Who may call the gateway."""

    NONE = "None"
    API_KEYS = "APIKeys"


_REF_REQUIRED = cel(
    "self.mode != 'APIKeys' || has(self.apiKeysSecretRef)",
    "apiKeysSecretRef is required when mode is APIKeys: name the Secret that holds the key hashes "
    "(create entries with `llmops keys create`)",
    field_path=".apiKeysSecretRef",
    reason="FieldValueRequired",
)


class GatewayAuth(ApiModel):
    """Authentication of callers: `Authorization: Bearer llmops_<id>_<secret>` checked against a
    Secret of key hashes mounted into the gateway (the operator never reads it)."""

    model_config = {"json_schema_extra": validations(_REF_REQUIRED)}

    mode: AuthMode = Field(description="None (anyone who reaches the gateway may call it) or APIKeys.")
    api_keys_secret_ref: ObjectRef | None = Field(
        default=None,
        description="The Secret of key records (one data entry per key id, written by `llmops keys create`); "
        "required with APIKeys. Changes to it reach running gateways without a restart.",
    )

    @model_validator(mode="after")
    def _ref_required(self) -> GatewayAuth:
        if self.mode == AuthMode.API_KEYS and self.api_keys_secret_ref is None:
            raise ValueError("auth.apiKeysSecretRef is required when auth.mode is APIKeys")
        return self


class RouterAuth(GatewayAuth):
    """A router's callers (as GatewayAuth) and the router's own key towards its targets."""

    model_config = {"json_schema_extra": validations(_REF_REQUIRED)}

    router_key_secret_ref: SecretKeyRef | None = Field(
        default=None,
        description="The Secret key holding the router's own API key (created with `llmops keys create --router`), "
        "sent to targets that require keys. The caller's key is never forwarded.",
    )


# --- keys and records -----------------------------------------------------------------------


def check_id(key_id: str) -> str:
    if not isinstance(key_id, str) or not _ID.fullmatch(key_id):
        raise ValueError(f"key id {key_id!r}: use 1-{ID_MAX} lower-case letters, digits and '-' "
                         "(starting and ending with a letter or digit)")
    return key_id


def format_key(key_id: str, secret_hex: str) -> str:
    return f"{KEY_PREFIX}{check_id(key_id)}_{secret_hex}"


def new_key(key_id: str) -> str:
    """A fresh key for `key_id` from the OS's random source."""
    return format_key(key_id, secrets.token_hex(SECRET_BYTES))


def split_key(text: str) -> tuple[str, str] | None:
    """`llmops_<id>_<secret>` -> (id, secret), or None when the text is not shaped like a key."""
    if len(text) > KEY_MAX or not text.startswith(KEY_PREFIX):
        return None
    key_id, sep, secret = text[len(KEY_PREFIX):].rpartition("_")
    if not sep or not _ID.fullmatch(key_id) or not _HEX.fullmatch(secret):
        return None
    return key_id, secret


def key_digest(key: str) -> str:
    """What a record stores: SHA-256 of the whole key (so a record only matches its own id)."""
    return hashlib.sha256(key.encode()).hexdigest()


class KeyRecord(ApiModel):
    """One key's entry in the keys Secret (the value under its id, as compact JSON)."""

    sha256: str = Field(pattern=r"^[0-9a-f]{64}$", description="SHA-256 of the whole key, in hex.")
    team: str = Field(pattern=TEAM_PATTERN, description="The team spend and metrics are attributed to.")
    user: str | None = Field(default=None, min_length=1, max_length=256, pattern=r"^[^\x00-\x1f\x7f]+$",
                             description="Who holds the key (audit only, never a metric label).")
    rpm: int | None = Field(default=None, ge=1, description="Requests per minute for this key (capped by the deployment's).")
    tpm: int | None = Field(default=None, ge=1, description="Tokens per minute for this key (capped by the deployment's).")
    router: bool = Field(default=False, description="A router's key: its caller header is trusted.")
    created: str | None = Field(default=None, max_length=64, description="When the key was created (RFC 3339).")


def record_json(record: KeyRecord) -> str:
    return json.dumps(record.model_dump(by_alias=True, exclude_none=True, exclude_defaults=True, mode="json"),
                      separators=(",", ":"), sort_keys=True)


def parse_record(key_id: str, text: str | bytes) -> KeyRecord:
    """A Secret entry -> its record. ValueError naming the id and the field when it is not one."""
    check_id(key_id)
    try:
        data = json.loads(text)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ValueError(f"key {key_id!r}: not a JSON record ({exc})") from None
    if not isinstance(data, dict):
        raise ValueError(f"key {key_id!r}: not a JSON object")
    try:
        return KeyRecord.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "record"
        raise ValueError(f"key {key_id!r}: {where}: {first['msg']}") from None


def secret_entries(doc: object, where: str = "the file") -> dict[str, bytes]:
    """A Secret manifest (parsed YAML) -> its entries: `data` (base64) and `stringData`."""
    if not isinstance(doc, dict) or doc.get("kind") != "Secret":
        raise ValueError(f"{where}: not a Secret manifest (kind: Secret with data or stringData)")
    out: dict[str, bytes] = {}
    for k, v in (doc.get("data") or {}).items():
        try:
            out[str(k)] = base64.b64decode(str(v), validate=True)
        except ValueError:
            raise ValueError(f"{where}: data.{k} is not base64") from None
    for k, v in (doc.get("stringData") or {}).items():
        out[str(k)] = str(v).encode()
    return out


def check_team(team: str) -> str:
    if not _TEAM.fullmatch(team):
        raise ValueError(f"team {team!r}: use 1-63 letters, digits, '-', '_' or '.' (a label value)")
    return team


def parse_caller(value: str) -> tuple[str, str] | None:
    """The router's caller header `<key id>/<team>` -> (id, team), or None when malformed."""
    if len(value) > 2 * ID_MAX + 1:
        return None
    key_id, sep, team = value.partition("/")
    if not sep or not _ID.fullmatch(key_id) or not _TEAM.fullmatch(team):
        return None
    return key_id, team
