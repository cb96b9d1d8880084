"""LLMDeployment: one model served by an engine (or an external provider) behind the gateway."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated, Literal

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, field_validator, model_validator

from .apikeys import GatewayAuth
from .meta import (
    API_VERSION,
    MAX_NAME,
    MAX_SHORT_STRING,
    MAX_URL,
    PRESERVE_UNKNOWN,
    ApiModel,
    CallerKey,
    Conditions,
    Duration,
    MetadataDict,
    Money,
    Name,
    ObjectRef,
    Quantity,
    SecretKeyRef,
    Timeouts,
    cel,
    validations,
)

MODEL_URI_PATTERN = r"^(hf|pvc|s3|gs|ollama|oci)://.+$"
ResourceMap = dict[str, Quantity]


class EngineType(StrEnum):
    """The model server that runs beside the gateway, or External for a hosted provider."""

    VLLM = "vLLM"
    TGI = "TGI"
    LLAMA_CPP = "LlamaCpp"
    OLLAMA = "Ollama"
    EXTERNAL = "External"
    CUSTOM = "Custom"


class Adapter(ApiModel):
    """A fine-tuned LoRA adapter served beside the base model."""

    name: str = Field(
        min_length=1, max_length=MAX_SHORT_STRING, description='The model name clients send to use this adapter.'
    )
    uri: str = Field(max_length=MAX_URL, pattern=MODEL_URI_PATTERN, description="Where the adapter's weights are.")


class ModelSource(ApiModel):
    """What is served: the base model and its adapters."""

    name: str | None = Field(
        default=None,
        min_length=1,
        max_length=MAX_SHORT_STRING,
        description='The model name clients send as "model". Defaults to metadata.name.',
    )
    uri: str | None = Field(
        default=None,
        max_length=MAX_URL,
        pattern=MODEL_URI_PATTERN,
        description="Where the weights are: hf://, pvc://, s3://, gs://, ollama:// or oci://. "
        "Required unless spec.engine.type is External.",
    )
    adapters: list[Adapter] | None = Field(
        default=None,
        max_length=16,
        description="LoRA adapters served beside the base model; clients select one by its name.",
        json_schema_extra={"x-kubernetes-list-type": "map", "x-kubernetes-list-map-keys": ["name"]},
    )


class KeyRef(ApiModel):
    """A key of a Secret or ConfigMap."""

    name: Name = Field(description="Name of the Secret or ConfigMap, in the same namespace.")
    key: str = Field(min_length=1, max_length=MAX_NAME, description="The key to read.")
    optional: bool | None = Field(default=None, description="Start even when the key is missing.")


class FieldRef(ApiModel):
    """A field of the pod, as in corev1.ObjectFieldSelector."""

    field_path: str = Field(max_length=MAX_SHORT_STRING, description="Path of the field, e.g. metadata.name.")
    api_version: str | None = Field(default=None, max_length=64, description="Schema version of fieldPath.")


class ResourceFieldRef(ApiModel):
    """A container resource, as in corev1.ResourceFieldSelector."""

    resource: str = Field(max_length=MAX_SHORT_STRING, description="The resource, e.g. limits.memory.")
    container_name: str | None = Field(default=None, max_length=MAX_SHORT_STRING, description="The container.")
    divisor: Quantity | None = Field(default=None, description="Unit of the exposed value.")


class EnvVarSource(ApiModel):
    """Where an environment variable's value comes from; set exactly one."""

    model_config = {
        "json_schema_extra": validations(
            cel(
                "[has(self.secretKeyRef), has(self.configMapKeyRef), has(self.fieldRef), "
                "has(self.resourceFieldRef)].filter(x, x).size() == 1",
                "valueFrom: set exactly one of secretKeyRef, configMapKeyRef, fieldRef, resourceFieldRef",
            )
        )
    }

    secret_key_ref: KeyRef | None = Field(default=None, description="A key of a Secret.")
    config_map_key_ref: KeyRef | None = Field(default=None, description="A key of a ConfigMap.")
    field_ref: FieldRef | None = Field(default=None, description="A field of the pod.")
    resource_field_ref: ResourceFieldRef | None = Field(default=None, description="A container resource.")


class EnvVar(ApiModel):
    """An environment variable of the engine container (corev1.EnvVar)."""

    model_config = {
        "json_schema_extra": validations(
            cel("!(has(self.value) && has(self.valueFrom))", "env: set value or valueFrom, not both")
        )
    }

    name: str = Field(min_length=1, max_length=MAX_SHORT_STRING, description="Name of the variable.")
    value: str | None = Field(default=None, max_length=32768, description="Literal value.")
    value_from: EnvVarSource | None = Field(default=None, description="Value read from a Secret, ConfigMap or the pod.")


class Engine(ApiModel):
    """The model server container."""

    type: EngineType = Field(description="vLLM, TGI, LlamaCpp, Ollama, External (hosted provider) or Custom.")
    image: str | None = Field(
        default=None,
        max_length=512,
        description="Container image. Defaulted per engine type; required for Custom.",
    )
    args: list[Annotated[str, Field(max_length=1024)]] | None = Field(
        default=None, max_length=64, description="Extra command-line arguments for the engine."
    )
    env: list[EnvVar] | None = Field(
        default=None,
        max_length=64,
        description="Environment variables of the engine container.",
        json_schema_extra={"x-kubernetes-list-type": "map", "x-kubernetes-list-map-keys": ["name"]},
    )
    port: int = Field(default=8000, ge=1, le=65535, description="Port the engine listens on inside the pod.")


class External(ApiModel):
    """A hosted OpenAI-compatible provider: no model pods, the gateway forwards to it."""

    base_url: str = Field(
        alias="baseURL",
        max_length=MAX_URL,
        pattern=r"^https?://[^\s]+$",
        description="Base URL of the OpenAI-compatible API, e.g. https://api.openai.com/v1.",
    )
    api_key_secret_ref: SecretKeyRef | None = Field(
        default=None, description="The Secret key holding the provider's API key, sent as a Bearer token."
    )


class AutoscalingMetric(StrEnum):
    """What the HorizontalPodAutoscaler scales on."""

    REQUESTS_IN_FLIGHT = "RequestsInFlight"
    REQUESTS_PER_SECOND = "RequestsPerSecond"
    CPU_UTILIZATION = "CPUUtilization"


class Autoscaling(ApiModel):
    """Horizontal autoscaling of the model pods. When set, spec.replicas is ignored."""

    model_config = {
        "json_schema_extra": validations(
            cel(
                "self.maxReplicas >= self.minReplicas",
                "spec.autoscaling.maxReplicas must be at least spec.autoscaling.minReplicas",
                field_path=".maxReplicas",
            )
        )
    }

    min_replicas: int = Field(default=1, ge=1, le=1000, description="Fewest replicas.")
    max_replicas: int = Field(ge=1, le=1000, description="Most replicas.")
    metric: AutoscalingMetric = Field(
        default=AutoscalingMetric.REQUESTS_IN_FLIGHT,
        description="RequestsInFlight, RequestsPerSecond (per replica) or CPUUtilization (percent).",
    )
    target: Quantity = Field(description='Target value of the metric per replica, e.g. "8".')

    @model_validator(mode="after")
    def _max_at_least_min(self) -> Autoscaling:
        if self.max_replicas < self.min_replicas:
            raise ValueError("spec.autoscaling.maxReplicas must be at least spec.autoscaling.minReplicas")
        return self


class Gpu(ApiModel):
    """GPUs per replica."""

    count: int = Field(default=1, ge=0, le=16, description="GPUs per replica.")
    resource_name: str = Field(
        default="nvidia.com/gpu", max_length=MAX_SHORT_STRING, description="The extended resource name of the GPU."
    )


class Resources(ApiModel):
    """Compute resources of the engine container, per replica."""

    gpu: Gpu | None = Field(default=None, description="GPUs per replica (requested and limited alike).")
    requests: ResourceMap | None = Field(default=None, description="Requests, e.g. {cpu: 4, memory: 32Gi}.")
    limits: ResourceMap | None = Field(default=None, description="Limits, e.g. {memory: 40Gi}.")


class TolerationOperator(StrEnum):
    """How a toleration matches a taint."""

    EXISTS = "Exists"
    EQUAL = "Equal"


class TaintEffect(StrEnum):
    """The taint effect a toleration matches."""

    NO_SCHEDULE = "NoSchedule"
    PREFER_NO_SCHEDULE = "PreferNoSchedule"
    NO_EXECUTE = "NoExecute"


class Toleration(ApiModel):
    """A toleration of the model pods (corev1.Toleration)."""

    key: str | None = Field(default=None, max_length=317, description="Taint key; empty with Exists matches all.")
    operator: TolerationOperator | None = Field(default=None, description="Exists or Equal (default Equal).")
    value: str | None = Field(default=None, max_length=MAX_SHORT_STRING, description="Taint value for Equal.")
    effect: TaintEffect | None = Field(default=None, description="Effect to match; empty matches all.")
    toleration_seconds: int | None = Field(default=None, description="How long a NoExecute taint is tolerated.")


class Scheduling(ApiModel):
    """Where the model pods may run."""

    node_selector: dict[str, str] | None = Field(default=None, description="Labels a node must carry.")
    tolerations: list[Toleration] | None = Field(default=None, max_length=32, description="Tolerated taints.")
    affinity: dict | None = Field(
        default=None,
        description="A corev1.Affinity, passed to the pod as is (validated by the Deployment).",
        json_schema_extra=PRESERVE_UNKNOWN,
    )
    priority_class_name: str | None = Field(default=None, max_length=MAX_NAME, description="PriorityClass of the pods.")


class Cache(ApiModel):
    """Response cache of the gateway (exact match on everything that changes the answer)."""

    enabled: bool = Field(default=False, description="Serve repeated identical requests from the cache.")
    ttl: Duration = Field(default="10m", description="How long an answer stays cached.")
    max_entries: int = Field(default=10000, ge=1, le=10_000_000, description="Most cached answers per replica.")


class RateLimit(ApiModel):
    """Per-caller rate limits of the gateway. 0 means unlimited."""

    requests_per_minute: int = Field(default=0, ge=0, description="Requests per minute per caller; 0 is unlimited.")
    tokens_per_minute: int = Field(default=0, ge=0, description="Tokens per minute per caller; 0 is unlimited.")
    key: CallerKey = Field(default="Header:x-api-key", description="What identifies a caller: Header:<name> or ClientIP.")


class AuditBodies(StrEnum):
    """What the audit record keeps of request and response bodies."""

    REDACTED = "Redacted"
    NONE = "None"


class Audit(ApiModel):
    """The audit trail: one JSON line per request on the gateway's stdout."""

    enabled: bool = Field(default=True, description="Write an audit record per request.")
    bodies: AuditBodies = Field(
        default=AuditBodies.REDACTED, description="Redacted (bodies after guardrail redaction) or None (no bodies)."
    )


class Gateway(ApiModel):
    """The gateway sidecar in front of the engine."""

    port: int = Field(default=8080, ge=1, le=65535, description="Port of the gateway and of the Service.")
    prompt: Name | None = Field(
        default=None, description="Serve the PromptVersions whose spec.prompt is this name."
    )
    cache: Cache | None = Field(default=None, description="Response cache.")
    rate_limit: RateLimit | None = Field(default=None, description="Per-caller rate limits.")
    timeouts: Timeouts | None = Field(default=None, description="Upstream timeouts.")
    audit: Audit | None = Field(default=None, description="Audit trail of requests.")
    auth: GatewayAuth | None = Field(
        default=None,
        description="Who may call: None (default: anyone who reaches the gateway) or APIKeys (Bearer keys whose "
        "hashes are in a mounted Secret; rate limits then key on the key id).",
    )


class Pricing(ApiModel):
    """What the model costs, for metering and budgets."""

    currency: str = Field(default="USD", max_length=3, pattern=r"^[A-Z]{3}$", description="ISO 4217 currency code.")
    input_per_million_tokens: Money = Field(default="0", description="Price of a million input tokens.")
    output_per_million_tokens: Money = Field(default="0", description="Price of a million output tokens.")
    replica_per_hour: Money = Field(
        default="0", description="Cost of one running replica per hour (self-hosted GPU time)."
    )


class BudgetPeriod(StrEnum):
    """The calendar window a budget covers."""

    DAY = "Day"
    WEEK = "Week"
    MONTH = "Month"


class BudgetAction(StrEnum):
    """What happens when spend reaches the limit."""

    ALERT = "Alert"
    THROTTLE = "Throttle"
    FALLBACK = "Fallback"
    SCALE_TO_ZERO = "ScaleToZero"


def time_zone(name: str) -> ZoneInfo:
    """The IANA zone `name` (zone files from the tzdata package where the system has none)."""
    try:
        if not name or name != name.strip() or ".." in name or name.startswith("/"):
            raise ValueError(name)
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise ValueError(f"unknown time zone {name!r}; use an IANA name such as UTC, Europe/Berlin "
                         "or America/New_York") from None


class Budget(ApiModel):
    """A spending limit per calendar period."""

    model_config = {
        "json_schema_extra": validations(
            cel(
                "self.action != 'Fallback' || has(self.fallbackTo)",
                "spec.budget.fallbackTo is required when spec.budget.action is Fallback",
                field_path=".fallbackTo",
                reason="FieldValueRequired",
            )
        )
    }

    limit: Money = Field(
        description='The most that may be spent per period, e.g. "500"; must be greater than 0.',
        json_schema_extra=validations(
            cel("!self.matches('^0+(\\\\.0+)?$')", "spec.budget.limit must be greater than 0")
        ),
    )
    period: BudgetPeriod = Field(default=BudgetPeriod.MONTH, description="Day, Week or Month (calendar, in timeZone).")
    time_zone: str = Field(default="UTC", max_length=64, description="IANA time zone of the calendar period.")
    warn_at_percent: int = Field(default=80, ge=1, le=100, description="Warn (condition, event) at this share of the limit.")
    action: BudgetAction = Field(
        default=BudgetAction.ALERT,
        description="At the limit: Alert (only report), Throttle (reject with 429), Fallback (send to fallbackTo) "
        "or ScaleToZero.",
    )
    fallback_to: ObjectRef | None = Field(default=None, description="The LLMDeployment to use with action Fallback.")

    @field_validator("time_zone")
    @classmethod
    def _known_zone(cls, name: str) -> str:
        # CEL cannot know zone names: checked here, so an unknown zone is Ready=False naming the field
        time_zone(name)
        return name

    @model_validator(mode="after")
    def _checks(self) -> Budget:
        if self.action == BudgetAction.FALLBACK and self.fallback_to is None:
            raise ValueError("spec.budget.fallbackTo is required when spec.budget.action is Fallback")
        if float(self.limit) <= 0:
            raise ValueError("spec.budget.limit must be greater than 0")
        return self


class LLMDeploymentSpec(ApiModel):
    """The desired state of an LLMDeployment."""

    model_config = {
        "json_schema_extra": validations(
            cel(
                "self.engine.type == 'External' ? has(self.external) : !has(self.external)",
                "spec.external is required when spec.engine.type is External, and must be omitted otherwise",
                field_path=".external",
            ),
            cel(
                "self.engine.type == 'External' || has(self.model.uri)",
                "spec.model.uri is required unless spec.engine.type is External",
                field_path=".model.uri",
                reason="FieldValueRequired",
            ),
            cel(
                "self.engine.type != 'Custom' || (has(self.engine.image) && self.engine.image != '')",
                "spec.engine.image is required when spec.engine.type is Custom",
                field_path=".engine.image",
                reason="FieldValueRequired",
            ),
            cel(
                "!has(self.gateway) || self.gateway.port != self.engine.port",
                "spec.gateway.port must differ from spec.engine.port: both listen in the same pod",
                field_path=".gateway.port",
            ),
            cel(
                "!has(self.budget) || has(self.pricing)",
                "spec.pricing is required when spec.budget is set: spend is computed from pricing",
                field_path=".pricing",
                reason="FieldValueRequired",
            ),
            # A transition rule (oldSelf: only on update). With autoscaling the HPA owns the
            # replica count, so a replicas change (`kubectl scale` included: the scale
            # subresource writes spec.replicas) would be silently ignored: refuse it instead.
            cel(
                "!has(self.autoscaling) || self.replicas == oldSelf.replicas",
                "spec.replicas cannot change while spec.autoscaling is set: the autoscaler owns the replica "
                "count; change spec.autoscaling.minReplicas/maxReplicas, or remove spec.autoscaling first",
                field_path=".replicas",
            ),
        )
    }

    model: ModelSource = Field(description="What is served: the base model and its adapters.")
    engine: Engine = Field(description="The model server, or External for a hosted provider.")
    external: External | None = Field(default=None, description="The hosted provider; only with engine.type External.")
    replicas: int = Field(
        default=1,
        ge=0,
        le=1000,
        description="Model pods; `kubectl scale` and external autoscalers set it through the scale subresource. "
        "Cannot change while spec.autoscaling is set.",
    )
    autoscaling: Autoscaling | None = Field(default=None, description="Horizontal autoscaling of the model pods.")
    resources: Resources | None = Field(default=None, description="Compute resources per replica.")
    scheduling: Scheduling | None = Field(default=None, description="Where the model pods may run.")
    gateway: Gateway | None = Field(default=None, description="The gateway sidecar in front of the engine.")
    pricing: Pricing | None = Field(default=None, description="What the model costs, for metering and budgets.")
    budget: Budget | None = Field(default=None, description="A spending limit per calendar period.")

    @model_validator(mode="after")
    def _cross_field_checks(self) -> LLMDeploymentSpec:
        is_external = self.engine.type == EngineType.EXTERNAL
        if is_external and self.external is None:
            raise ValueError("spec.external is required when spec.engine.type is External")
        if not is_external and self.external is not None:
            raise ValueError("spec.external must be omitted unless spec.engine.type is External")
        if not is_external and self.model.uri is None:
            raise ValueError("spec.model.uri is required unless spec.engine.type is External")
        if self.engine.type == EngineType.CUSTOM and not self.engine.image:
            raise ValueError("spec.engine.image is required when spec.engine.type is Custom")
        if self.gateway is not None and self.gateway.port == self.engine.port:
            raise ValueError("spec.gateway.port must differ from spec.engine.port")
        if self.budget is not None and self.pricing is None:
            raise ValueError("spec.pricing is required when spec.budget is set")
        return self


class LLMDeploymentPhase(StrEnum):
    """The one-word summary of an LLMDeployment."""

    PENDING = "Pending"
    PROGRESSING = "Progressing"
    READY = "Ready"
    DEGRADED = "Degraded"
    BUDGET_EXCEEDED = "BudgetExceeded"
    FAILED = "Failed"


class PromptStatus(ApiModel):
    """The prompt versions the gateway is serving."""

    stable: str | None = Field(default=None, max_length=MAX_NAME, description="The promoted PromptVersion.")
    canary: str | None = Field(default=None, max_length=MAX_NAME, description="The PromptVersion in canary, if any.")
    canary_weight: int | None = Field(default=None, ge=0, le=100, description="Percent of traffic to the canary.")


class TeamSpend(ApiModel):
    """One team's share of the tokens' cost in the window (from the gateways' `team` label)."""

    name: str = Field(max_length=63, description="The team of the API keys (`other`: the teams not named, summed).")
    amount: Money = Field(description="The tokens' cost attributed to the team (the replica cost is the deployment's).")
    input_tokens: int | None = Field(default=None, ge=0, description="Input tokens of the team's requests.")
    output_tokens: int | None = Field(default=None, ge=0, description="Output tokens of the team's requests.")


class Spend(ApiModel):
    """Spend in the current budget window."""

    window: str | None = Field(default=None, max_length=32, description='The window, e.g. "2026-11" or "2026-W45".')
    amount: Money | None = Field(default=None, description="Spent so far in the window.")
    currency: str | None = Field(default=None, max_length=3, description="Currency of amount.")
    percent_of_limit: float | None = Field(default=None, ge=0, description="amount as a percentage of budget.limit.")
    input_tokens: int | None = Field(default=None, ge=0, description="Input tokens in the window.")
    output_tokens: int | None = Field(default=None, ge=0, description="Output tokens in the window.")
    updated_at: datetime | None = Field(
        default=None, description="The replica cost is counted up to this instant; it moves only when amount does."
    )
    counted_until: datetime | None = Field(
        default=None, description="The gateways' cost and token counters are counted up to this instant."
    )
    unobserved: Money | None = Field(
        default=None,
        description="What gateway processes gone without a last scrape (e.g. killed) may have spent unseen: "
        "the rest of their grants, counted as spent when enforcing the limit.",
    )
    stale_since: datetime | None = Field(
        default=None,
        description="Set while the metrics cannot be read (e.g. Prometheus unreachable): amount is the last known "
        "figure (plus the replica cost, known to the operator) since this instant.",
    )
    teams: list[TeamSpend] | None = Field(
        default=None,
        max_length=11,
        description="The teams that spent most in the window (at most 10, by amount), then `other` summing the "
        "rest; only with API keys (spec.gateway.auth).",
    )


class LLMDeploymentStatus(ApiModel):
    """The observed state of an LLMDeployment, written by the operator."""

    observed_generation: int | None = Field(default=None, ge=0, description="The metadata.generation last acted on.")
    phase: LLMDeploymentPhase | None = Field(
        default=None, description="Pending, Progressing, Ready, Degraded, BudgetExceeded or Failed."
    )
    replicas: int | None = Field(
        default=None, ge=0, description="Model pods that exist (the scale subresource's status replicas)."
    )
    ready_replicas: int | None = Field(default=None, ge=0, description="Model pods that are ready.")
    ready_text: str | None = Field(
        default=None,
        max_length=32,
        description='readyReplicas/replicas as text, e.g. "2/2", for the READY column of kubectl get.',
    )
    selector: str | None = Field(
        default=None,
        max_length=MAX_URL,
        description="Label selector of the model pods in string form, e.g. llmops.dev/deployment=X: the scale "
        "subresource's labelSelectorPath, which an HPA or KEDA needs.",
    )
    endpoint: str | None = Field(default=None, max_length=MAX_URL, description="OpenAI-compatible base URL in the cluster.")
    prompt: PromptStatus | None = Field(default=None, description="The prompt versions being served.")
    guardrails: list[str] | None = Field(
        default=None, max_length=64, description="GuardrailPolicies that select this deployment."
    )
    spend: Spend | None = Field(default=None, description="Spend in the current budget window.")
    gateway_config_hash: str | None = Field(
        default=None, max_length=128, description="Hash of the gateway config the pods were given."
    )
    conditions: Conditions | None = None


class LLMDeployment(ApiModel):
    """A model served in production: engine pods (or an external provider) behind the llmops gateway."""

    api_version: Literal["llmops.dev/v1alpha1"] = Field(default=API_VERSION, description="llmops.dev/v1alpha1")
    kind: Literal["LLMDeployment"] = Field(default="LLMDeployment", description="LLMDeployment")
    metadata: MetadataDict = Field(default_factory=dict)
    spec: LLMDeploymentSpec
    status: LLMDeploymentStatus | None = None

    @model_validator(mode="after")
    def _fallback_is_another_deployment(self) -> LLMDeployment:
        budget = self.spec.budget
        if budget and budget.fallback_to and budget.fallback_to.name == self.metadata.get("name"):
            raise ValueError("spec.budget.fallbackTo must name another LLMDeployment, not this one")
        return self
