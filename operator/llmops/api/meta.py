"""Shared building blocks of the four APIs: the base model, constrained strings, references,
conditions, and the helpers that attach CEL rules to a model or field.

Every constraint here ends up twice: as an OpenAPI keyword or CEL rule in the generated CRD
(so the API server rejects a bad manifest), and as a pydantic check (so the controller, the
gateway and the unit tests reject the same thing without a cluster).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field
from pydantic.alias_generators import to_camel

GROUP = "llmops.dev"
VERSION = "v1alpha1"
API_VERSION = f"{GROUP}/{VERSION}"

# Labels and the field manager of everything the operator creates (DESIGN.md §2).
MANAGED_BY = "llmops-operator"
DEPLOYMENT_LABEL = "llmops.dev/deployment"        # model pods and children of an LLMDeployment
ROUTINGPOLICY_LABEL = "llmops.dev/routingpolicy"  # router pods and children of a RoutingPolicy

# Bounds. The API server estimates the worst-case cost of every CEL rule from maxLength and
# maxItems and refuses a CRD whose rules could cost too much, so every string and list that a
# rule touches is bounded. The values are generous for real use.
MAX_NAME = 253  # a DNS subdomain, the longest Kubernetes object name
MAX_SHORT_STRING = 256
MAX_URL = 2048
MAX_PATTERN = 1024
MAX_TEXT = 32768


class ApiModel(BaseModel):
    """Base of every API model: camelCase on the wire, unknown fields rejected."""

    model_config = ConfigDict(
        alias_generator=to_camel,
        populate_by_name=True,
        extra="forbid",
        use_enum_values=False,
        validate_default=False,
    )

    def to_api(self) -> dict[str, Any]:
        """The wire form: camelCase keys, JSON types, unset optional fields left out."""
        return self.model_dump(by_alias=True, exclude_none=True, mode="json")


# --- CEL rules ------------------------------------------------------------------------------


def cel(rule: str, message: str, *, field_path: str | None = None, reason: str | None = None) -> dict[str, str]:
    """One `x-kubernetes-validations` entry. `message` must name the field and the fix."""
    entry = {"rule": rule, "message": message}
    if field_path:
        entry["fieldPath"] = field_path
    if reason:
        entry["reason"] = reason
    return entry


def validations(*rules: dict[str, str]) -> dict[str, Any]:
    """json_schema_extra for a model or field carrying CEL rules."""
    return {"x-kubernetes-validations": list(rules)}


PRESERVE_UNKNOWN = {"x-kubernetes-preserve-unknown-fields": True}


# --- Constrained strings --------------------------------------------------------------------

DURATION_PATTERN = r"^([0-9]+(ms|s|m|h))+$"
MONEY_PATTERN = r"^[0-9]+(\.[0-9]+)?$"
# A decimal (rates, ratios, money) or a duration (latencies): the thresholds of analysis metrics.
THRESHOLD_PATTERN = r"^([0-9]+(\.[0-9]+)?|([0-9]+(ms|s|m|h))+)$"
# Kubernetes resource.Quantity, as kubebuilder writes it into CRDs.
QUANTITY_PATTERN = (
    r"^(\+|-)?(([0-9]+(\.[0-9]*)?)|(\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\+|-)?(([0-9]+(\.[0-9]*)?)|(\.[0-9]+))))?$"
)
DNS_LABEL_PATTERN = r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"
DNS_SUBDOMAIN_PATTERN = r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"
# Where a per-caller key comes from: a request header, or the client address.
CALLER_KEY_PATTERN = r"^(Header:[A-Za-z0-9-]{1,128}|ClientIP)$"

Duration = Annotated[
    str,
    Field(
        pattern=DURATION_PATTERN,
        max_length=32,
        description="A duration such as 200ms, 30s, 10m, 1h or 1h30m.",
    ),
]
Money = Annotated[
    str,
    Field(
        pattern=MONEY_PATTERN,
        max_length=32,
        description='A non-negative decimal amount as a string, e.g. "0.15" or "500".',
    ),
]
Threshold = Annotated[
    str,
    Field(
        pattern=THRESHOLD_PATTERN,
        max_length=32,
        description='A decimal ("0.02") or, for latencies, a duration ("4s").',
    ),
]


def _quantity_to_str(value: Any) -> Any:
    # Kubernetes accepts `cpu: 4` as well as `cpu: "4"`; keep one form inside Python.
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return value


Quantity = Annotated[
    str,
    Field(
        pattern=QUANTITY_PATTERN,
        max_length=64,
        description="A Kubernetes quantity such as 4, 500m, 32Gi.",
        json_schema_extra={"x-kubernetes-int-or-string": True},
    ),
    BeforeValidator(_quantity_to_str),  # last, so it runs first
]
Name = Annotated[
    str,
    Field(
        min_length=1,
        max_length=MAX_NAME,
        pattern=DNS_SUBDOMAIN_PATTERN,
        description="The name of an object in the same namespace.",
    ),
]
CallerKey = Annotated[
    str,
    Field(
        pattern=CALLER_KEY_PATTERN,
        max_length=140,
        description="Where a caller's key comes from: Header:<name> or ClientIP.",
    ),
]

_DURATION_PART = re.compile(r"([0-9]+)(ms|s|m|h)")
_DURATION_UNITS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600}


def parse_duration(text: str) -> timedelta:
    """`1h30m` -> timedelta(hours=1, minutes=30). Raises ValueError on anything else."""
    if not re.fullmatch(DURATION_PATTERN, text):
        raise ValueError(f"not a duration: {text!r} (expected e.g. 200ms, 30s, 10m, 1h30m)")
    return timedelta(seconds=sum(int(n) * _DURATION_UNITS[u] for n, u in _DURATION_PART.findall(text)))


# --- References -----------------------------------------------------------------------------


class ObjectRef(ApiModel):
    """A reference to an object of a known kind in the same namespace."""

    name: Name = Field(description="Name of the referenced object, in the same namespace.")


class SecretKeyRef(ApiModel):
    """A key of a Secret in the same namespace."""

    name: Name = Field(description="Name of the Secret, in the same namespace.")
    key: str = Field(
        min_length=1,
        max_length=MAX_NAME,
        pattern=r"^[-._a-zA-Z0-9]+$",
        description="Key within the Secret's data.",
    )


class LabelSelector(ApiModel):
    """A label selector, as in metav1.LabelSelector. An empty selector selects everything."""

    match_labels: dict[str, str] | None = Field(
        default=None, description="Labels an object must carry, all of them (AND)."
    )
    match_expressions: list[LabelSelectorRequirement] | None = Field(
        default=None, max_length=16, description="Set-based requirements, all of them (AND)."
    )


class SelectorOperator(StrEnum):
    """How a label selector requirement compares the label's value."""

    IN = "In"
    NOT_IN = "NotIn"
    EXISTS = "Exists"
    DOES_NOT_EXIST = "DoesNotExist"


class LabelSelectorRequirement(ApiModel):
    """One set-based label requirement."""

    key: str = Field(min_length=1, max_length=317, description="The label key.")
    operator: SelectorOperator = Field(description="In, NotIn, Exists or DoesNotExist.")
    values: list[str] | None = Field(
        default=None,
        max_length=64,
        description="Values for In and NotIn; must be empty for Exists and DoesNotExist.",
    )


LabelSelector.model_rebuild()


# --- Conditions (metav1.Condition) ----------------------------------------------------------


class ConditionStatus(StrEnum):
    """The status of a condition."""

    TRUE = "True"
    FALSE = "False"
    UNKNOWN = "Unknown"


class Condition(ApiModel):
    """One aspect of the object's current state, in the shape of metav1.Condition."""

    type: str = Field(
        max_length=316,
        pattern=r"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$",
        description="Type of the condition in UpperCamelCase: Ready, Reconciling, Stalled, ...",
    )
    status: ConditionStatus = Field(description="True, False or Unknown.")
    observed_generation: int | None = Field(
        default=None, ge=0, description="The metadata.generation this condition was computed from."
    )
    last_transition_time: datetime = Field(
        description="When the status last changed (not when the condition was last written)."
    )
    reason: str = Field(
        min_length=1,
        max_length=1024,
        pattern=r"^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$",
        description="Machine-readable reason for the last transition, in UpperCamelCase.",
    )
    message: str = Field(default="", max_length=MAX_TEXT, description="Human-readable details.")


Conditions = Annotated[
    list[Condition],
    Field(
        max_length=32,
        description="The current state of the object: Ready, Reconciling, Stalled and per-kind conditions.",
        json_schema_extra={
            "x-kubernetes-list-type": "map",
            "x-kubernetes-list-map-keys": ["type"],
        },
    ),
]

MetadataDict = Annotated[
    dict[str, Any],
    Field(description="Standard object metadata."),
]


class Timeouts(ApiModel):
    """How long a request may take upstream."""

    request: Duration = Field(default="120s", description="Upper bound of a whole request, streaming included.")
    first_token: Duration = Field(
        default="30s", description="Upper bound of the wait for the first token (or the whole answer when not streaming)."
    )
