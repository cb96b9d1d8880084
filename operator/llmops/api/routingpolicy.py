"""RoutingPolicy: a virtual model name routed over several LLMDeployments, with fallback."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import Field, model_validator

from .apikeys import RouterAuth
from .meta import (
    API_VERSION,
    MAX_SHORT_STRING,
    MAX_URL,
    ApiModel,
    Conditions,
    Duration,
    MetadataDict,
    Name,
    Timeouts,
    cel,
    validations,
)


class RoutingStrategy(StrEnum):
    """How the router picks among targets."""

    WEIGHTED = "Weighted"
    LEAST_COST = "LeastCost"
    LEAST_LATENCY = "LeastLatency"


class Target(ApiModel):
    """An LLMDeployment to route to, with its relative weight."""

    name: Name = Field(description="Name of the LLMDeployment, in the same namespace.")
    weight: int = Field(
        default=100,
        ge=0,
        le=100,
        description="Relative weight 0 to 100 (share = weight / sum of weights); 0 drains the target.",
    )


def _not_all_zero(targets: list[Target]) -> list[Target]:
    if targets and all(t.weight == 0 for t in targets):
        raise ValueError("targets: at least one target must have a weight greater than 0")
    names = [t.name for t in targets]
    if len(set(names)) != len(names):  # the CRD's list-map keys refuse the same
        raise ValueError(f"targets: duplicate target names in {names}")
    return targets


Targets = Annotated[
    list[Target],
    Field(
        min_length=1,
        max_length=16,
        json_schema_extra={
            "x-kubernetes-list-type": "map",
            "x-kubernetes-list-map-keys": ["name"],
            **validations(
                cel(
                    "self.exists(t, t.weight > 0)",
                    "targets: at least one target must have a weight greater than 0",
                )
            ),
        },
    ),
]


class Match(ApiModel):
    """What a request must carry for a rule to apply."""

    model_config = {
        "json_schema_extra": validations(
            cel("has(self.headers) && size(self.headers) > 0", "spec.rules[].match.headers needs at least one header", field_path=".headers")
        )
    }

    headers: dict[str, str] | None = Field(
        default=None,
        max_length=16,
        description="Request headers and their exact values, all required (AND).",
    )

    @model_validator(mode="after")
    def _matches_something(self) -> Match:
        if not self.headers:
            raise ValueError("spec.rules[].match.headers needs at least one header")
        return self


class Rule(ApiModel):
    """Route matching requests to other targets. Rules are tried in order; the first match wins."""

    match: Match = Field(description="What a request must carry.")
    targets: Targets = Field(description="Targets for matching requests.")

    @model_validator(mode="after")
    def _weights(self) -> Rule:
        _not_all_zero(self.targets)
        return self


class FallbackReason(StrEnum):
    """An upstream outcome that makes the router try the fallback targets."""

    SERVER_ERROR = "ServerError"
    TIMEOUT = "Timeout"
    RATE_LIMITED = "RateLimited"
    BUDGET_EXCEEDED = "BudgetExceeded"
    UNAVAILABLE = "Unavailable"


class Fallback(ApiModel):
    """Where a request goes when its target fails."""

    # Not `on`: YAML 1.1 parsers, kubectl's among them, read a bare `on:` as the boolean true.
    triggers: list[FallbackReason] = Field(
        default=[FallbackReason.SERVER_ERROR, FallbackReason.TIMEOUT, FallbackReason.UNAVAILABLE],
        min_length=1,
        max_length=5,
        description="Outcomes that trigger the fallback: ServerError, Timeout, RateLimited, BudgetExceeded "
        "(a target answering 429 budget_exceeded), Unavailable.",
        json_schema_extra={"x-kubernetes-list-type": "set"},
    )
    targets: list[Name] = Field(
        min_length=1,
        max_length=8,
        description="LLMDeployments tried in order.",
        json_schema_extra={"x-kubernetes-list-type": "set"},
    )


class Retries(ApiModel):
    """Retries against the same target before falling back."""

    attempts: int = Field(default=2, ge=0, le=5, description="Retries per request, 0 to 5.")
    backoff: Duration = Field(default="200ms", description="Wait before the first retry; doubles after each.")


class Router(ApiModel):
    """The router Deployment (<name>-router) that runs the gateway in router mode."""

    replicas: int = Field(default=1, ge=0, le=100, description="Router pods.")


class RoutingPolicySpec(ApiModel):
    """The desired state of a RoutingPolicy."""

    model_config = {
        "json_schema_extra": validations(
            cel(
                "!has(self.fallback) || size(self.targets) != 1 "
                "|| !self.fallback.targets.exists(f, f == self.targets[0].name)",
                "spec.fallback.targets must not name the only target of spec.targets: "
                "a fallback to the target that just failed cannot help",
                field_path=".fallback.targets",
            )
        )
    }

    model: str = Field(
        min_length=1, max_length=MAX_SHORT_STRING, description='The virtual model name clients send as "model".'
    )
    strategy: RoutingStrategy = Field(
        default=RoutingStrategy.WEIGHTED, description="Weighted, LeastCost or LeastLatency."
    )
    targets: Targets = Field(description="LLMDeployments to route to when no rule matches.")
    rules: list[Rule] | None = Field(default=None, max_length=32, description="Routing rules; first match wins.")
    fallback: Fallback | None = Field(default=None, description="Where requests go when their target fails.")
    retries: Retries | None = Field(default=None, description="Retries before falling back.")
    timeouts: Timeouts | None = Field(default=None, description="Upstream timeouts.")
    router: Router | None = Field(default=None, description="The router Deployment.")
    auth: RouterAuth | None = Field(
        default=None,
        description="Who may call the router (None or APIKeys), and the router's own key towards targets that "
        "require keys.",
    )

    @model_validator(mode="after")
    def _weights(self) -> RoutingPolicySpec:
        _not_all_zero(self.targets)
        if self.fallback and len(self.targets) == 1 and self.targets[0].name in self.fallback.targets:
            raise ValueError("spec.fallback.targets must not name the only target of spec.targets")
        return self


class TargetStatus(ApiModel):
    """The observed state of one target."""

    name: str = Field(max_length=253, description="Name of the LLMDeployment.")
    ready: bool = Field(description="Whether it exists and is Available (eligible for traffic).")
    effective_weight: int | None = Field(default=None, ge=0, le=100, description="Percent of traffic it receives now.")


class RoutingPolicyStatus(ApiModel):
    """The observed state of a RoutingPolicy, written by the operator."""

    observed_generation: int | None = Field(default=None, ge=0, description="The metadata.generation last acted on.")
    endpoint: str | None = Field(default=None, max_length=MAX_URL, description="OpenAI-compatible base URL of the router.")
    targets: list[TargetStatus] | None = Field(default=None, max_length=64, description="Every default target.")
    targets_text: str | None = Field(
        default=None, max_length=256, description='Effective weights as text, e.g. "a=90 b=10", for the TARGETS column.'
    )
    fallback: list[str] | None = Field(
        default=None, max_length=24, description="Targets tried in order when the chosen one fails (LeastCost: by price)."
    )
    guardrails: list[str] | None = Field(
        default=None, max_length=64, description="GuardrailPolicies that select this policy's router."
    )
    conditions: Conditions | None = None


class RoutingPolicy(ApiModel):
    """A virtual model name routed over several LLMDeployments, with rules, retries and fallback."""

    api_version: Literal["llmops.dev/v1alpha1"] = Field(default=API_VERSION, description="llmops.dev/v1alpha1")
    kind: Literal["RoutingPolicy"] = Field(default="RoutingPolicy", description="RoutingPolicy")
    metadata: MetadataDict = Field(default_factory=dict)
    spec: RoutingPolicySpec
    status: RoutingPolicyStatus | None = None
