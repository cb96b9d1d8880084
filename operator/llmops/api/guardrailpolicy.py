"""GuardrailPolicy: input and output checks the gateway applies to the deployments it selects."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import Field, model_validator

from .meta import (
    API_VERSION,
    MAX_PATTERN,
    MAX_SHORT_STRING,
    PRESERVE_UNKNOWN,
    ApiModel,
    Conditions,
    LabelSelector,
    MetadataDict,
    cel,
    validations,
)


class GuardrailMode(StrEnum):
    """Whether the policy acts or only reports."""

    ENFORCE = "Enforce"
    AUDIT = "Audit"


class PiiEntity(StrEnum):
    """A kind of personal data the gateway detects."""

    EMAIL = "Email"
    PHONE = "Phone"
    CREDIT_CARD = "CreditCard"
    SSN = "SSN"
    IBAN = "IBAN"
    IP_ADDRESS = "IPAddress"


class PiiAction(StrEnum):
    """What happens to detected personal data."""

    REDACT = "Redact"
    BLOCK = "Block"


class DenyAction(StrEnum):
    """What happens when a deny pattern matches."""

    BLOCK = "Block"
    REDACT = "Redact"


class InjectionAction(StrEnum):
    """What happens when a prompt injection is detected."""

    BLOCK = "Block"
    AUDIT = "Audit"


class Pii(ApiModel):
    """Detection of personal data."""

    entities: list[PiiEntity] = Field(
        min_length=1,
        max_length=6,
        description="Email, Phone, CreditCard, SSN, IBAN, IPAddress.",
        json_schema_extra={"x-kubernetes-list-type": "set"},
    )
    action: PiiAction = Field(default=PiiAction.REDACT, description="Redact (replace with a placeholder) or Block.")


class DenyRule(ApiModel):
    """A regular expression that must not appear."""

    name: str = Field(
        min_length=1, max_length=63, pattern=r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", description="Rule name, for metrics and audit."
    )
    pattern: str = Field(
        min_length=1,
        max_length=MAX_PATTERN,
        description="A regular expression (RE2 syntax, (?i) for case-insensitive). "
        "An invalid one sets Ready=False with reason InvalidPattern.",
    )
    action: DenyAction = Field(default=DenyAction.BLOCK, description="Block or Redact.")


class PromptInjection(ApiModel):
    """Detection of attempts to override the system prompt."""

    action: InjectionAction = Field(default=InjectionAction.BLOCK, description="Block or Audit (only record).")


DENY_LIST = {"x-kubernetes-list-type": "map", "x-kubernetes-list-map-keys": ["name"]}


class InputRules(ApiModel):
    """Checks of the request, before it reaches the model."""

    pii: Pii | None = Field(default=None, description="Personal data in the request.")
    deny: list[DenyRule] | None = Field(
        default=None, max_length=64, description="Patterns that must not appear in the request.", json_schema_extra=DENY_LIST
    )
    prompt_injection: PromptInjection | None = Field(default=None, description="Prompt injection detection.")
    max_tokens: int | None = Field(default=None, ge=1, description="Most input tokens per request.")
    max_tokens_mode: GuardrailMode | None = Field(
        default=None, description="Overrides spec.mode for maxTokens: Enforce, or Audit (only counts and logs)."
    )


class OutputRules(ApiModel):
    """Checks of the answer, before it reaches the client."""

    pii: Pii | None = Field(default=None, description="Personal data in the answer.")
    deny: list[DenyRule] | None = Field(
        default=None, max_length=64, description="Patterns that must not appear in the answer.", json_schema_extra=DENY_LIST
    )
    json_schema: dict | None = Field(
        default=None,
        description="A JSON Schema the answer must satisfy (the answer must be JSON).",
        json_schema_extra=PRESERVE_UNKNOWN,
    )
    json_schema_mode: GuardrailMode | None = Field(
        default=None, description="Overrides spec.mode for jsonSchema: Enforce, or Audit (only counts and logs)."
    )


class GuardrailPolicySpec(ApiModel):
    """The desired state of a GuardrailPolicy."""

    model_config = {
        "json_schema_extra": validations(
            cel(
                "has(self.input) || has(self.output)",
                "spec.input or spec.output must be set: a policy without either checks nothing",
                reason="FieldValueRequired",
            )
        )
    }

    selector: LabelSelector = Field(
        description="LLMDeployments and RoutingPolicies (by label) it applies to; {} selects all in the namespace."
    )
    mode: GuardrailMode = Field(
        default=GuardrailMode.ENFORCE, description="Enforce, or Audit (only counts and logs what it would do)."
    )
    input: InputRules | None = Field(default=None, description="Checks of the request.")
    output: OutputRules | None = Field(default=None, description="Checks of the answer.")
    block_message: str = Field(
        default="This request was blocked by policy.",
        max_length=MAX_SHORT_STRING * 4,
        description="The error message a blocked client receives.",
    )

    @model_validator(mode="after")
    def _checks_something(self) -> GuardrailPolicySpec:
        if self.input is None and self.output is None:
            raise ValueError("spec.input or spec.output must be set")
        return self


class AcceptedRules(ApiModel):
    """The last valid version of the policy, as the gateways enforce it."""

    generation: int = Field(ge=0, description="The metadata.generation these rules come from.")
    hash: str = Field(max_length=64, description="Hash of selector and rules.")
    selector: LabelSelector = Field(description="The selector of that generation.")
    rules: str = Field(
        description="The rules in the gateway's config form, as canonical JSON (validated by the gateway's own "
        "config model, not by this schema)."
    )


class GuardrailPolicyStatus(ApiModel):
    """The observed state of a GuardrailPolicy, written by the operator."""

    observed_generation: int | None = Field(default=None, ge=0, description="The metadata.generation last acted on.")
    attached_to: list[str] | None = Field(
        default=None, max_length=1024,
        description="LLMDeployments (by name) and RoutingPolicies (as RoutingPolicy/<name>) it applies to now.",
    )
    accepted: AcceptedRules | None = Field(
        default=None,
        description="The rules in force: the last valid generation. An invalid edit leaves them in place, so a "
        "typo never switches protection off.",
    )
    conditions: Conditions | None = None


class GuardrailPolicy(ApiModel):
    """Input and output checks (PII, deny patterns, prompt injection, size, JSON schema) applied by the gateway."""

    api_version: Literal["llmops.dev/v1alpha1"] = Field(default=API_VERSION, description="llmops.dev/v1alpha1")
    kind: Literal["GuardrailPolicy"] = Field(default="GuardrailPolicy", description="GuardrailPolicy")
    metadata: MetadataDict = Field(default_factory=dict)
    spec: GuardrailPolicySpec
    status: GuardrailPolicyStatus | None = None
