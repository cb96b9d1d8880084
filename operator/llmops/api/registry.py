"""The four kinds: their names, models and how `kubectl get` shows them.

The single list the CRD generator, the controller and the tests iterate over.
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel

from .guardrailpolicy import GuardrailPolicy, GuardrailPolicySpec, GuardrailPolicyStatus
from .llmdeployment import LLMDeployment, LLMDeploymentSpec, LLMDeploymentStatus
from .meta import GROUP, VERSION, cel
from .promptversion import PromptVersion, PromptVersionSpec, PromptVersionStatus
from .routingpolicy import RoutingPolicy, RoutingPolicySpec, RoutingPolicyStatus

CATEGORIES = ("llmops",)
READY_CONDITION_PATH = '.status.conditions[?(@.type=="Ready")].status'


@dataclass(frozen=True)
class PrinterColumn:
    """One column of `kubectl get` (additionalPrinterColumns): one JSONPath each."""

    name: str
    json_path: str
    type: str
    description: str
    priority: int = 0  # 1: only with `-o wide`


AGE = PrinterColumn("Age", ".metadata.creationTimestamp", "date", "Time since creation.")


@dataclass(frozen=True)
class ScaleSubresource:
    """The /scale subresource: what `kubectl scale`, an HPA or KEDA read and write."""

    spec_replicas_path: str
    status_replicas_path: str
    label_selector_path: str


@dataclass(frozen=True)
class Kind:
    """One custom resource kind of the llmops.dev API."""

    kind: str
    plural: str
    singular: str
    short_names: tuple[str, ...]
    model: type[BaseModel]
    spec_model: type[BaseModel]
    status_model: type[BaseModel]
    printer_columns: tuple[PrinterColumn, ...]
    # CEL rules that need metadata (only the root of the schema can see it).
    root_rules: tuple[dict[str, str], ...] = ()
    scale: ScaleSubresource | None = None
    group: str = GROUP
    version: str = VERSION

    @property
    def crd_name(self) -> str:
        return f"{self.plural}.{self.group}"

    @property
    def api_version(self) -> str:
        return f"{self.group}/{self.version}"


LLM_DEPLOYMENT = Kind(
    kind="LLMDeployment",
    plural="llmdeployments",
    singular="llmdeployment",
    short_names=("llmd",),
    model=LLMDeployment,
    spec_model=LLMDeploymentSpec,
    status_model=LLMDeploymentStatus,
    printer_columns=(
        PrinterColumn("Model", ".spec.model.name", "string", "The model name clients send (empty: metadata.name)."),
        PrinterColumn("Engine", ".spec.engine.type", "string", "The model server."),
        PrinterColumn("Ready", ".status.readyText", "string", "Ready replicas / replicas."),
        PrinterColumn("Prompt", ".status.prompt.stable", "string", "The promoted PromptVersion being served."),
        PrinterColumn("Spend%", ".status.spend.percentOfLimit", "number", "Spend in this budget window, % of limit."),
        PrinterColumn("Status", ".status.phase", "string", "The phase."),
        AGE,
        PrinterColumn("Canary", ".status.prompt.canary", "string", "The PromptVersion in canary.", priority=1),
        PrinterColumn("Endpoint", ".status.endpoint", "string", "OpenAI-compatible base URL.", priority=1),
    ),
    root_rules=(
        cel(
            "!has(self.spec.budget) || !has(self.spec.budget.fallbackTo) "
            "|| self.spec.budget.fallbackTo.name != self.metadata.name",
            "spec.budget.fallbackTo must name another LLMDeployment, not this one",
            field_path=".spec.budget.fallbackTo.name",
        ),
    ),
    scale=ScaleSubresource(".spec.replicas", ".status.replicas", ".status.selector"),
)

PROMPT_VERSION = Kind(
    kind="PromptVersion",
    plural="promptversions",
    singular="promptversion",
    # Not "pv" (DESIGN.md §2): that is PersistentVolume, which wins, and every `kubectl get pv`
    # in the cluster would then warn about the clash.
    short_names=("pver",),
    model=PromptVersion,
    spec_model=PromptVersionSpec,
    status_model=PromptVersionStatus,
    printer_columns=(
        PrinterColumn("Prompt", ".spec.prompt", "string", "The logical prompt."),
        PrinterColumn("Strategy", ".spec.release.strategy", "string", "How it is released."),
        PrinterColumn("Phase", ".status.phase", "string", "Where the version is in its life."),
        PrinterColumn("Weight", ".status.weight", "integer", "Percent of the prompt's traffic it receives."),
        AGE,
    ),
)

ROUTING_POLICY = Kind(
    kind="RoutingPolicy",
    plural="routingpolicies",
    singular="routingpolicy",
    short_names=("rp",),
    model=RoutingPolicy,
    spec_model=RoutingPolicySpec,
    status_model=RoutingPolicyStatus,
    printer_columns=(
        PrinterColumn("Model", ".spec.model", "string", "The virtual model name."),
        PrinterColumn("Strategy", ".spec.strategy", "string", "How targets are chosen."),
        PrinterColumn("Ready", READY_CONDITION_PATH, "string", "The Ready condition."),
        PrinterColumn("Targets", ".status.targetsText", "string", "Effective weight of each target."),
        AGE,
        PrinterColumn("Endpoint", ".status.endpoint", "string", "OpenAI-compatible base URL of the router."),
    ),
)

GUARDRAIL_POLICY = Kind(
    kind="GuardrailPolicy",
    plural="guardrailpolicies",
    singular="guardrailpolicy",
    short_names=("gp",),
    model=GuardrailPolicy,
    spec_model=GuardrailPolicySpec,
    status_model=GuardrailPolicyStatus,
    printer_columns=(
        PrinterColumn("Mode", ".spec.mode", "string", "Enforce or Audit."),
        PrinterColumn("Ready", READY_CONDITION_PATH, "string", "The Ready condition."),
        PrinterColumn("Enforced", ".status.accepted.generation", "integer", "The generation being enforced.", priority=1),
        AGE,
    ),
)

KINDS: tuple[Kind, ...] = (LLM_DEPLOYMENT, PROMPT_VERSION, ROUTING_POLICY, GUARDRAIL_POLICY)


def kind_named(kind: str) -> Kind:
    """The Kind for a kind name such as "LLMDeployment"."""
    for candidate in KINDS:
        if candidate.kind == kind:
            return candidate
    raise KeyError(f"unknown kind {kind!r}; known: {', '.join(k.kind for k in KINDS)}")
