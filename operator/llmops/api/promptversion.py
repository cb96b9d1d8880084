"""PromptVersion: one immutable version of a prompt, released by canary, immediately, or by hand."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import Field, model_validator

from .gateway_config import TEMPLATE_VARIABLE
from .meta import (
    API_VERSION,
    DNS_LABEL_PATTERN,
    MAX_TEXT,
    ApiModel,
    CallerKey,
    Conditions,
    Duration,
    MetadataDict,
    Threshold,
    cel,
    validations,
)

BUILTIN_METRICS = ("ErrorRate", "GuardrailViolationRate", "LatencyP95", "NegativeFeedbackRate", "CostPerRequest")


class MessageRole(StrEnum):
    """The role of a chat message (OpenAI's values, hence lowercase)."""

    SYSTEM = "system"
    DEVELOPER = "developer"
    USER = "user"
    ASSISTANT = "assistant"


class Message(ApiModel):
    """One chat message of the template. {{ name }} is replaced by a variable."""

    role: MessageRole = Field(description="system, developer, user or assistant.")
    content: str = Field(max_length=MAX_TEXT, description="The text; {{ variable }} placeholders are filled in.")


MAX_MESSAGES = 16

# Every `{{ name }}` in the messages needs a value in variables: the gateway's regular
# expression (RE2 accepts it); findAll gives whole matches, so the name is the match without
# its braces and spaces. One rule per message index, because the API server estimates each
# rule's worst case (16 messages of MAX_TEXT characters in one rule is 2.3 times its per-rule
# budget) and refuses the CRD; per message it is well within, and the message names the index.
# The template is immutable, so create time is its only chance to be refused.


def _variables_defined_rule(index: int) -> dict[str, str]:
    return cel(
        f"size(self.messages) <= {index} || self.messages[{index}].content.findAll(r'{TEMPLATE_VARIABLE.pattern}')"
        ".all(p, has(self.variables) && p.substring(2, size(p) - 2).trim() in self.variables)",
        f"spec.template.variables must give a value to every {{{{ variable }}}} used in spec.template.messages[{index}]",
        field_path=".variables",
        reason="FieldValueRequired",
    )


class Template(ApiModel):
    """The messages put before the client's own, with their variables. Immutable."""

    model_config = {"json_schema_extra": validations(*(_variables_defined_rule(i) for i in range(MAX_MESSAGES)))}

    messages: list[Message] = Field(min_length=1, max_length=MAX_MESSAGES, description="Messages put before the client's.")
    variables: dict[str, Annotated[str, Field(max_length=4096)]] | None = Field(
        default=None, max_length=32, description="Values of the {{ variables }} in the messages; every one used needs a value."
    )

    @model_validator(mode="after")
    def _variables_defined(self) -> Template:
        for message in self.messages:
            for name in TEMPLATE_VARIABLE.findall(message.content):
                if name not in (self.variables or {}):
                    raise ValueError(f"spec.template.variables has no value for {{{{ {name} }}}} used in the messages")
        return self


class Parameters(ApiModel):
    """Sampling parameters applied to requests served with this version (the client's win when set)."""

    temperature: float | None = Field(default=None, ge=0, le=2, description="Sampling temperature, 0 to 2.")
    max_tokens: int | None = Field(default=None, ge=1, description="Most tokens in the answer.")
    top_p: float | None = Field(default=None, ge=0, le=1, description="Nucleus sampling, 0 to 1.")
    stop: list[Annotated[str, Field(max_length=256)]] | None = Field(
        default=None, max_length=4, description="Stop sequences."
    )


class ReleaseStrategy(StrEnum):
    """How a new version reaches traffic."""

    CANARY = "Canary"
    IMMEDIATE = "Immediate"
    MANUAL = "Manual"


class CanaryStep(ApiModel):
    """One step of a canary: a share of traffic, held for a while under analysis."""

    weight: int = Field(ge=1, le=99, description="Percent of traffic to this version during the step, 1 to 99.")
    pause: Duration | None = Field(
        default=None, description="How long to hold the step before the next; omitted waits for a manual promotion."
    )


class PrometheusQuery(ApiModel):
    """A custom analysis metric."""

    query: str = Field(
        min_length=1,
        max_length=4096,
        description="PromQL giving one number; {{ version }} and {{ namespace }} are filled in.",
    )


class AnalysisMetric(ApiModel):
    """A check of the canary; a built-in metric by name, or a custom one with a Prometheus query."""

    model_config = {
        "json_schema_extra": validations(
            cel(
                "has(self.max) || has(self.min) || has(self.maxIncrease) || has(self.maxIncreasePercent)",
                "analysis metric: set at least one of max, min, maxIncrease, maxIncreasePercent",
            ),
            cel(
                f"self.name in {list(BUILTIN_METRICS)} || has(self.prometheus)",
                "analysis metric: prometheus.query is required for a custom metric (built-in: "
                + ", ".join(BUILTIN_METRICS)
                + ")",
                field_path=".prometheus",
                reason="FieldValueRequired",
            ),
        )
    }

    name: str = Field(
        min_length=1,
        max_length=63,
        pattern=r"^[A-Za-z][-A-Za-z0-9]*$",
        description="A built-in metric (" + ", ".join(BUILTIN_METRICS) + ") or the name of a custom one.",
    )
    prometheus: PrometheusQuery | None = Field(default=None, description="The query of a custom metric.")
    max: Threshold | None = Field(default=None, description="Fail when the canary's value is above this.")
    min: Threshold | None = Field(default=None, description="Fail when the canary's value is below this.")
    max_increase: Threshold | None = Field(
        default=None, description="Fail when the canary exceeds the stable version by more than this."
    )
    max_increase_percent: Threshold | None = Field(
        default=None, description="Fail when the canary exceeds the stable version by more than this percent."
    )

    @model_validator(mode="after")
    def _checks(self) -> AnalysisMetric:
        if not any(v is not None for v in (self.max, self.min, self.max_increase, self.max_increase_percent)):
            raise ValueError("analysis metric: set at least one of max, min, maxIncrease, maxIncreasePercent")
        if self.name not in BUILTIN_METRICS and self.prometheus is None:
            raise ValueError(f"analysis metric {self.name}: prometheus.query is required for a custom metric")
        return self


class Analysis(ApiModel):
    """Automatic analysis of a canary against the stable version; failing it rolls back."""

    interval: Duration = Field(default="1m", description="How often the metrics are evaluated.")
    min_samples: int = Field(default=200, ge=1, description="Requests per version needed before any verdict.")
    failure_limit: int = Field(default=2, ge=0, description="Failed evaluations tolerated before rolling back.")
    metrics: list[AnalysisMetric] = Field(
        min_length=1,
        max_length=16,
        description="The checks; all must pass.",
        json_schema_extra={"x-kubernetes-list-type": "map", "x-kubernetes-list-map-keys": ["name"]},
    )


STEPS_INCREASING = "self.map(s, s.weight).isSorted() && self.all(s, self.exists_one(t, t.weight == s.weight))"


class Release(ApiModel):
    """How this version reaches traffic. Without a release, a version is promoted immediately."""

    model_config = {
        "json_schema_extra": validations(
            cel(
                "self.strategy != 'Canary' || (has(self.steps) && size(self.steps) > 0)",
                "spec.release.steps needs at least one step when spec.release.strategy is Canary",
                field_path=".steps",
                reason="FieldValueRequired",
            )
        )
    }

    strategy: ReleaseStrategy = Field(
        default=ReleaseStrategy.CANARY,
        description="Canary (step by step under analysis), Immediate (promote at once) or Manual (wait for a person).",
    )
    steps: list[CanaryStep] | None = Field(
        default=None,
        max_length=10,
        description="Canary steps with strictly increasing weights below 100; after the last, the version is promoted.",
        json_schema_extra=validations(
            cel(STEPS_INCREASING, "spec.release.steps: weights must be strictly increasing (e.g. 10, 50)")
        ),
    )
    sticky_by: CallerKey | None = Field(
        default=None, description="Keep a caller on one version during a canary: Header:<name> or ClientIP."
    )
    analysis: Analysis | None = Field(default=None, description="Automatic analysis; without it, steps only wait.")

    @model_validator(mode="after")
    def _checks(self) -> Release:
        if self.strategy == ReleaseStrategy.CANARY and not self.steps:
            raise ValueError("spec.release.steps needs at least one step when spec.release.strategy is Canary")
        weights = [s.weight for s in self.steps or ()]
        if any(a >= b for a, b in zip(weights, weights[1:])):
            raise ValueError("spec.release.steps: weights must be strictly increasing")
        return self


class PromptVersionSpec(ApiModel):
    """The desired state of a PromptVersion."""

    prompt: str = Field(
        min_length=1,
        max_length=63,
        pattern=DNS_LABEL_PATTERN,
        description="The logical prompt this is a version of; LLMDeployments select it by spec.gateway.prompt.",
    )
    template: Template = Field(
        description="The messages and variables. Immutable: create a new PromptVersion to change it.",
        json_schema_extra=validations(
            cel(
                "self == oldSelf",
                "spec.template is immutable: create a new PromptVersion instead of editing this one",
            )
        ),
    )
    parameters: Parameters | None = Field(default=None, description="Sampling parameters for this version.")
    release: Release | None = Field(default=None, description="How this version reaches traffic.")


class PromptVersionPhase(StrEnum):
    """Where a version is in its life."""

    PENDING = "Pending"
    PROGRESSING = "Progressing"
    PAUSED = "Paused"
    PROMOTED = "Promoted"
    ROLLED_BACK = "RolledBack"
    SUPERSEDED = "Superseded"
    FAILED = "Failed"


class AnalysisSamples(ApiModel):
    """Requests counted per version in the current analysis."""

    canary: int | None = Field(default=None, ge=0, description="Requests served by this version.")
    stable: int | None = Field(default=None, ge=0, description="Requests served by the stable version.")


class AnalysisResult(ApiModel):
    """The outcome of one metric check."""

    metric: str = Field(max_length=63, description="The metric's name.")
    value: str | None = Field(default=None, max_length=64, description="The measured value.")
    threshold: str | None = Field(default=None, max_length=64, description="The threshold it was compared with.")
    passed: bool = Field(description="Whether the check passed.")


class AnalysisStatus(ApiModel):
    """The latest analysis of a canary."""

    last_run_at: datetime | None = Field(default=None, description="When the metrics were last evaluated.")
    samples: AnalysisSamples | None = Field(default=None, description="Requests counted per version.")
    failures: int | None = Field(default=None, ge=0, description="Failed evaluations so far.")
    results: list[AnalysisResult] | None = Field(default=None, max_length=16, description="One result per metric.")


class PromptVersionStatus(ApiModel):
    """The observed state of a PromptVersion, written by the operator."""

    observed_generation: int | None = Field(default=None, ge=0, description="The metadata.generation last acted on.")
    phase: PromptVersionPhase | None = Field(
        default=None, description="Pending, Progressing, Paused, Promoted, RolledBack, Superseded or Failed."
    )
    current_step: int | None = Field(default=None, ge=0, description="Index of the canary step in progress.")
    canary_weight: int | None = Field(default=None, ge=0, le=100, description="Percent of traffic while in canary.")
    weight: int | None = Field(
        default=None, ge=0, le=100, description="Percent of the prompt's traffic this version receives now."
    )
    step_started_at: datetime | None = Field(default=None, description="When the current step began.")
    analysis: AnalysisStatus | None = Field(default=None, description="The latest analysis.")
    targets: list[str] | None = Field(default=None, max_length=64, description="LLMDeployments serving this prompt.")
    template_hash: str | None = Field(default=None, max_length=128, description="Hash of spec.template.")
    conditions: Conditions | None = None


class PromptVersion(ApiModel):
    """One immutable version of a prompt, with how it is released to traffic."""

    api_version: Literal["llmops.dev/v1alpha1"] = Field(default=API_VERSION, description="llmops.dev/v1alpha1")
    kind: Literal["PromptVersion"] = Field(default="PromptVersion", description="PromptVersion")
    metadata: MetadataDict = Field(default_factory=dict)
    spec: PromptVersionSpec
    status: PromptVersionStatus | None = None

