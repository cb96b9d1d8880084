"""The gateway config: what the operator writes (ConfigMap `<name>-gateway`, key `gateway.yaml`)
and the gateway reads and hot-reloads. One model shared by both sides (DESIGN.md §5).

The operator builds a `GatewayConfig` and writes `render_yaml(config)`; the gateway calls
`load_yaml(text)`. Everything that can be checked without a running gateway is checked here
(regexes compile, template variables exist, router targets name known upstreams), so the
operator can refuse a bad config before it reaches a pod, and a gateway refuses the same one.

It imports neither kopf nor the Kubernetes client, and of the other API modules only `meta`
and `patterns` (pydantic, re2 and the standard library): durations and caller keys use the very patterns of the
CRDs, so spec values pass through unchanged.
"""

from __future__ import annotations

import hashlib
import json
import re
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic.alias_generators import to_camel

from .meta import CALLER_KEY_PATTERN, DURATION_PATTERN
from .meta import parse_duration as _parse_duration
from .patterns import PatternError, validate_pattern

FORMAT_VERSION = 1

# `{{ name }}`: the only template syntax. Templates are data, never code.
TEMPLATE_VARIABLE = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")

Duration = Annotated[
    str, Field(pattern=DURATION_PATTERN, max_length=32, description="A duration such as 200ms, 30s, 10m, 1h30m.")
]
CallerKey = Annotated[
    str,
    Field(pattern=CALLER_KEY_PATTERN, description="Where a caller's key comes from: Header:<name> or ClientIP."),
]
NonNegativeDecimal = Annotated[Decimal, Field(ge=0, description="A non-negative decimal, written as a string.")]
PiiEntity = Literal["Email", "Phone", "CreditCard", "SSN", "IBAN", "IPAddress"]
RuleAction = Literal["Redact", "Block"]
PolicyMode = Literal["Enforce", "Audit"]
RuleMode = Annotated[
    PolicyMode | None,
    Field(description="Overrides the policy's mode for this rule (Audit counts and logs, never blocks or rewrites)."),
]
FallbackOn = Literal["ServerError", "Timeout", "RateLimited", "BudgetExceeded", "Unavailable"]


def parse_duration(text: str) -> float:
    """`1h30m` -> 5400.0 seconds. Raises ValueError on anything else."""
    return _parse_duration(text).total_seconds()


class _Model(BaseModel):
    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True, extra="forbid", frozen=True)


# --- Upstreams and timeouts -----------------------------------------------------------------


class Timeouts(_Model):
    """How long a request may take upstream."""

    request: Duration = Field(default="120s", description="Upper bound of a whole request, streaming included.")
    first_token: Duration = Field(
        default="30s", description="Upper bound of the wait for the first streamed chunk (streams only)."
    )


class Upstream(_Model):
    """An OpenAI-compatible server the gateway forwards to."""

    name: str = Field(min_length=1, max_length=253, description="Name used by router rules, fallback and metrics.")
    url: str = Field(
        pattern=r"^https?://",
        description="Base URL including the API prefix, as an OpenAI client's base_url: http://127.0.0.1:8000/v1.",
    )
    weight: int = Field(default=100, ge=0, le=1_000_000, description="Share of traffic among the upstreams (router mode).")
    api_key_env: str | None = Field(
        default=None,
        pattern=r"^[A-Za-z_][A-Za-z0-9_]*$",
        description="Name of the environment variable holding the provider's API key (External providers). "
        "The key itself never appears in this file.",
    )
    model: str | None = Field(default=None, description="Model name to send upstream instead of the client's.")
    timeouts: Timeouts | None = Field(default=None, description="Overrides the top-level timeouts for this upstream.")


# --- Prompt versions ------------------------------------------------------------------------


class TemplateMessage(_Model):
    """One chat message of a prompt template."""

    role: Literal["system", "user", "assistant", "developer"] = Field(description="Chat role of the message.")
    content: str = Field(max_length=65536, description="Text with `{{ variable }}` placeholders.")


class PromptTemplate(_Model):
    """Messages put before the client's messages, with their variables filled in."""

    messages: list[TemplateMessage] = Field(default_factory=list, description="Messages prepended to the request's.")
    variables: dict[str, str] = Field(default_factory=dict, description="Values of the `{{ name }}` placeholders.")

    @model_validator(mode="after")
    def _variables_defined(self) -> PromptTemplate:
        for message in self.messages:
            for name in TEMPLATE_VARIABLE.findall(message.content):
                if name not in self.variables:
                    raise ValueError(f"template variable {{{{ {name} }}}} has no value in template.variables")
        return self


class PromptParameters(_Model):
    """Sampling parameters of a prompt version; a request's own values win."""

    temperature: float | None = Field(default=None, ge=0, le=2, description="Sampling temperature.")
    max_tokens: int | None = Field(default=None, ge=1, description="Largest number of tokens to generate.")
    top_p: float | None = Field(default=None, ge=0, le=1, description="Nucleus sampling mass.")
    stop: list[str] | None = Field(default=None, max_length=4, description="Stop sequences.")
    presence_penalty: float | None = Field(default=None, ge=-2, le=2, description="Presence penalty.")
    frequency_penalty: float | None = Field(default=None, ge=-2, le=2, description="Frequency penalty.")
    seed: int | None = Field(default=None, description="Sampling seed.")


class PromptVersion(_Model):
    """One version of the served prompt and its share of traffic."""

    name: str = Field(min_length=1, max_length=253, description="Version name (the PromptVersion object's name).")
    weight: int = Field(ge=0, le=100, description="Share of traffic in percent (relative to the other versions).")
    template: PromptTemplate = Field(default_factory=PromptTemplate, description="The version's messages.")
    parameters: PromptParameters = Field(default_factory=PromptParameters, description="Default parameters.")


class Prompt(_Model):
    """The versions of one logical prompt served by this gateway."""

    name: str = Field(min_length=1, max_length=253, description="The logical prompt (PromptVersion spec.prompt).")
    sticky_by: CallerKey | None = Field(
        default="Header:x-user-id",
        description="Caller key that pins a caller to one version during a canary; none: random per request.",
    )
    versions: list[PromptVersion] = Field(min_length=1, description="Versions with weights; the canary first, so "
                                          "that raising its weight only moves callers towards it.")

    @model_validator(mode="after")
    def _unique_and_weighted(self) -> Prompt:
        names = [v.name for v in self.versions]
        if len(set(names)) != len(names):
            raise ValueError(f"prompt version names must be unique: {names}")
        if sum(v.weight for v in self.versions) <= 0:
            raise ValueError("prompt versions: at least one version needs a weight above 0")
        return self


# --- Guardrails -----------------------------------------------------------------------------


class PiiRule(_Model):
    """Personal data to find and what to do with it."""

    entities: list[PiiEntity] = Field(min_length=1, description="Email, Phone, CreditCard, SSN, IBAN, IPAddress.")
    action: RuleAction = Field(default="Redact", description="Redact (replace with [ENTITY]) or Block.")
    mode: RuleMode = None


class DenyPattern(_Model):
    """A named regular expression that must not pass."""

    name: str = Field(min_length=1, max_length=63, pattern=r"^[A-Za-z0-9_.-]+$", description="Rule name (a metric label).")
    pattern: str = Field(
        min_length=1, max_length=1024,
        description="RE2 regular expression (linear-time: no lookaround or backreferences), e.g. (?i)project\\s+falcon.",
    )
    action: RuleAction = Field(default="Block", description="Block or Redact (replace with [name]).")
    mode: RuleMode = None

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        try:
            return validate_pattern(value)
        except PatternError as exc:  # the message names the pattern and RE2's reason
            raise ValueError(str(exc)) from None


class PromptInjectionRule(_Model):
    """Heuristics for prompt-injection attempts (\"ignore previous instructions\", ...)."""

    action: RuleAction = Field(default="Block", description="Block, or Redact (remove the matched phrase).")
    mode: RuleMode = None


class GuardrailRules(_Model):
    """Rules for one direction (input or output)."""

    pii: PiiRule | None = Field(default=None, description="Personal data detection.")
    deny: list[DenyPattern] = Field(default_factory=list, max_length=64, description="Named deny patterns.")
    prompt_injection: PromptInjectionRule | None = Field(default=None, description="Prompt-injection heuristics.")
    max_tokens: int | None = Field(default=None, ge=1, description="Largest input (estimated tokens) allowed.")
    max_tokens_mode: RuleMode = None
    json_schema: dict[str, Any] | None = Field(
        default=None,
        description="Output only: the answer must be JSON matching this schema (type, properties, required, "
        "items, enum, additionalProperties, min/max, minLength/maxLength).",
    )
    json_schema_mode: RuleMode = None
    hold_back_chars: int = Field(
        default=64, ge=0, le=4096,
        description="Streams only: characters held back so a match split across chunks is still caught.",
    )


class GuardrailPolicy(_Model):
    """The effective rules of one GuardrailPolicy."""

    name: str = Field(min_length=1, max_length=253, description="The GuardrailPolicy's name (a metric label).")
    mode: PolicyMode = Field(default="Enforce", description="Audit only counts and logs; a rule's own mode wins.")
    input: GuardrailRules | None = Field(default=None, description="Rules applied to the request.")
    output: GuardrailRules | None = Field(default=None, description="Rules applied to the answer.")
    block_message: str = Field(
        default="This request was blocked by policy.", max_length=4096, description="Error message when blocked."
    )


# --- Money, budget, limits ------------------------------------------------------------------


class Pricing(_Model):
    """What tokens cost."""

    currency: str = Field(default="USD", min_length=3, max_length=3, description="ISO 4217 code.")
    input_per_million_tokens: NonNegativeDecimal = Field(default=Decimal(0), description="Price of 1M input tokens.")
    output_per_million_tokens: NonNegativeDecimal = Field(default=Decimal(0), description="Price of 1M output tokens.")


class Budget(_Model):
    """Budget enforcement. With the operator's grants file (`llmops gateway --grants`, the
    operator's pods) each process spends within its own grant and `remaining`/`allowance` are
    not used; without one (a gateway run on its own) this replica spends within `allowance`."""

    remaining: NonNegativeDecimal | None = Field(
        default=None, description="Without grants: budget left in the period, all replicas together.")
    allowance: NonNegativeDecimal | None = Field(
        default=None,
        description="Without grants: what this replica may spend until the next config. The gateway reserves each "
        "request's worst-case cost against it and settles the real cost."
    )
    action: Literal["Alert", "Throttle", "Fallback", "ScaleToZero"] = Field(
        default="Throttle", description="What happens once the allowance is used up."
    )
    fallback_upstream: Upstream | None = Field(default=None, description="Where requests go with action Fallback.")
    resets_at: str | None = Field(
        default=None, max_length=64, description="When the budget period ends (RFC 3339), quoted in refusals."
    )

    @model_validator(mode="after")
    def _fallback_has_target(self) -> Budget:
        if self.action == "Fallback" and self.fallback_upstream is None:
            raise ValueError("budget.action Fallback needs budget.fallbackUpstream")
        return self


class RateLimit(_Model):
    """Per-caller limits; 0 means unlimited."""

    requests_per_minute: int = Field(default=0, ge=0, description="Requests per minute per key.")
    tokens_per_minute: int = Field(default=0, ge=0, description="Tokens (input+output) per minute per key.")
    key: CallerKey = Field(default="Header:x-api-key", description="What identifies a caller.")


class Cache(_Model):
    """Exact-match answer cache (non-streaming requests)."""

    enabled: bool = Field(default=False, description="Turn the cache on.")
    ttl: Duration = Field(default="10m", description="How long an answer stays.")
    max_entries: int = Field(default=10000, ge=1, le=10_000_000, description="Size bound (least recently used goes).")


class Audit(_Model):
    """The audit trail: one JSON line per request on stdout."""

    enabled: bool = Field(default=True, description="Write audit records.")
    bodies: Literal["Redacted", "None"] = Field(default="Redacted", description="Include bodies (after redaction) or not.")


class Limits(_Model):
    """Bounds on what a request may ask."""

    max_body_bytes: int = Field(default=1_048_576, ge=1024, description="Largest request body (413 beyond).")
    max_output_tokens: int = Field(
        default=32768, ge=1, description="Largest max_tokens a request may ask (400 beyond); also the worst case "
        "reserved against the budget when a request sets none."
    )


# --- Router mode ----------------------------------------------------------------------------


class RouteTarget(_Model):
    """An upstream and its share in a rule."""

    name: str = Field(description="An upstream's name.")
    weight: int = Field(default=100, ge=0, description="Relative share.")


class RouteMatch(_Model):
    """What a request must carry for a rule to apply."""

    headers: dict[str, str] = Field(default_factory=dict, description="Header name -> exact value, all must match.")


class RouteRule(_Model):
    """First matching rule wins; else the upstreams' own weights."""

    match: RouteMatch = Field(description="Condition.")
    targets: list[RouteTarget] = Field(min_length=1, description="Where matching requests go.")


class Fallback(_Model):
    """Where to go when the chosen upstream fails."""

    triggers: list[FallbackOn] = Field(
        default_factory=lambda: ["ServerError", "Timeout", "RateLimited", "Unavailable"],
        description="Which failures move on to the next target.",
    )
    targets: list[str] = Field(default_factory=list, description="Upstream names, tried in order.")


class Retries(_Model):
    """Retries of the same upstream before falling back."""

    attempts: int = Field(default=0, ge=0, le=10, description="Extra attempts on a retryable failure.")
    backoff: Duration = Field(default="200ms", description="Wait before the first retry; doubles each time.")


class Ejection(_Model):
    """Outlier ejection: an upstream failing this many times in a row is left out for a while."""

    consecutive_failures: int = Field(default=5, ge=0, le=100, description="Failures in a row that eject; 0: never.")
    base: Duration = Field(default="10s", description="First ejection; each repeat doubles it.")
    max: Duration = Field(default="5m", description="Longest ejection.")


class Routing(_Model):
    """Router mode: rules, fallback, retries, and how the router picks among the weighted upstreams."""

    strategy: Literal["Weighted", "LeastLatency"] = Field(
        default="Weighted",
        description="Weighted: the upstreams' weights (LeastCost is decided by the operator and written as "
        "weights). LeastLatency: 90% to the upstream with the lowest moving average of time to response "
        "headers, the rest spread so every upstream keeps being measured (per router replica).",
    )
    rules: list[RouteRule] = Field(default_factory=list, description="Header rules, first match wins.")
    fallback: Fallback = Field(default_factory=Fallback, description="Ordered fallback.")
    retries: Retries = Field(default_factory=Retries, description="Retries with backoff.")
    ejection: Ejection = Field(default_factory=Ejection, description="Outlier ejection.")


# --- The document ---------------------------------------------------------------------------


class GatewayConfig(_Model):
    """One gateway's whole configuration."""

    version: Literal[1] = Field(default=FORMAT_VERSION, description="Format version of this file.")
    deployment: str = Field(default="", max_length=253, description="LLMDeployment/RoutingPolicy name (metric label).")
    mode: Literal["Sidecar", "Router"] = Field(default="Sidecar", description="Beside one model server, or a router.")
    models: list[str] = Field(
        min_length=1, description="Model names clients may send: the base model, its LoRA adapters, or a virtual model."
    )
    upstreams: list[Upstream] = Field(min_length=1, description="Where requests go (one in Sidecar mode).")
    timeouts: Timeouts = Field(default_factory=Timeouts, description="Default upstream timeouts.")
    prompt: Prompt | None = Field(default=None, description="Prompt versions to apply to chat requests.")
    guardrails: list[GuardrailPolicy] = Field(default_factory=list, description="Effective guardrail policies, in order.")
    pricing: Pricing = Field(default_factory=Pricing, description="Token prices.")
    budget: Budget | None = Field(default=None, description="Budget state; none: no budget enforcement.")
    rate_limit: RateLimit = Field(default_factory=RateLimit, description="Per-caller rate limits.")
    cache: Cache = Field(default_factory=Cache, description="Answer cache.")
    audit: Audit = Field(default_factory=Audit, description="Audit trail.")
    limits: Limits = Field(default_factory=Limits, description="Request bounds.")
    routing: Routing = Field(default_factory=Routing, description="Router mode rules, fallback and retries.")

    @model_validator(mode="after")
    def _consistent(self) -> GatewayConfig:
        names = [u.name for u in self.upstreams]
        if len(set(names)) != len(names):
            raise ValueError(f"upstream names must be unique: {names}")
        if self.mode == "Sidecar" and len(self.upstreams) != 1:
            raise ValueError("mode Sidecar takes exactly one upstream; use mode Router for several")
        known = set(names)
        for i, rule in enumerate(self.routing.rules):
            for target in rule.targets:
                if target.name not in known:
                    raise ValueError(f"routing.rules[{i}] names unknown upstream {target.name!r}; known: {sorted(known)}")
        for name in self.routing.fallback.targets:
            if name not in known:
                raise ValueError(f"routing.fallback.targets names unknown upstream {name!r}; known: {sorted(known)}")
        if sum(u.weight for u in self.upstreams) <= 0:
            raise ValueError("upstreams: at least one needs a weight above 0")
        return self


def to_wire(config: GatewayConfig) -> dict[str, Any]:
    """The file form: camelCase, JSON types (decimals as strings), unset optionals left out."""
    return config.model_dump(mode="json", by_alias=True, exclude_none=True)


def config_hash(config: GatewayConfig) -> str:
    """Stable content hash: sha256 over canonical JSON, first 16 hex characters."""
    canonical = json.dumps(to_wire(config), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()[:16]


def render_yaml(config: GatewayConfig) -> str:
    """What the operator writes into the ConfigMap."""
    import yaml

    # libyaml's emitter when present: the pure-Python one is most of a reconcile's CPU time.
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump(to_wire(config), Dumper=dumper, sort_keys=False, allow_unicode=True)


def load_yaml(text: str) -> GatewayConfig:
    """What the gateway reads. Raises ValueError (pydantic's ValidationError is one) when invalid."""
    import yaml

    try:
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        raise ValueError(f"gateway config is not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise ValueError("gateway config must be a mapping at the top level")
    return GatewayConfig.model_validate(data)
