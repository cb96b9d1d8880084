"""Budget grants: what each gateway process may spend, written by the operator and read by the
gateways (shared by both sides, like `gateway_config`). The operator renders it from the
allowance split (`controller/grants.py`).

A grant is addressed to one process: the pod's name (given to the gateway by the downward API,
env `POD_NAME`) and the gateway's epoch (an id the process picks at start and exports in its
metrics). Its `ceiling` bounds that process's own cumulative spend since it started (settled
cost plus what it holds reserved for requests in flight), so a reload never resets accounting
and a restarted process (new epoch) has no grant until the operator has seen it: it refuses
budgeted requests meanwhile. The operator keeps

    spend observed in the window + sum over processes of (ceiling - their observed spend) <= limit

so scrape lag only delays re-balancing; it never lets the processes together spend more than
the limit (plus what the reservation bound cannot foresee). Grants live in their own ConfigMap
(`<name>-gateway-grants`, key `grants.yaml`), so rewriting them neither empties the response
cache nor recompiles guardrails."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic.alias_generators import to_camel

FORMAT_VERSION = 1
GRANTS_KEY = "grants.yaml"

Amount = Annotated[Decimal, Field(ge=0, description="A non-negative amount in the pricing's currency, as a string.")]


class _Model(BaseModel):
    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True, extra="forbid", frozen=True)


class Grant(_Model):
    """A ceiling on one gateway process's cumulative spend."""

    pod: str = Field(min_length=1, max_length=253, description="The pod's name (downward API metadata.name).")
    epoch: str = Field(min_length=1, max_length=64, description="The gateway process' epoch, as it exports it.")
    ceiling: Amount = Field(description="Most this process may have spent (settled + reserved) since it started.")


class Grants(_Model):
    """All grants of one LLMDeployment's window."""

    version: Literal[1] = FORMAT_VERSION
    deployment: str = Field(min_length=1, max_length=253)
    window: str = Field(max_length=32, description='The budget window, e.g. "2026-12".')
    resets_at: str = Field(max_length=64, description="The rollover (RFC 3339, in the budget's zone), quoted in refusals.")
    action: Literal["Alert", "Throttle", "Fallback", "ScaleToZero"] = "Throttle"
    serial: int = Field(ge=0, description="Grows with every rewrite; gateways export the serial they enforce.")
    grants: list[Grant] = Field(default_factory=list, max_length=1000)
    exceeded: bool = Field(
        default=False, description="The window's limit is reached (BudgetExceeded): a refusal's Retry-After is the "
        "rollover. False: a process that used its grant gets more at a re-balance, so it says retry soon.")
    unobserved: Amount = Field(
        default=Decimal(0), description="What gone processes (a SIGKILL, no last scrape) may have spent unseen "
        "in this window: counted as spent when splitting. Kept here, written with the grants it freed.")

    @model_validator(mode="after")
    def _one_grant_per_process(self) -> Grants:
        keys = [(g.pod, g.epoch) for g in self.grants]
        if len(keys) != len(set(keys)):
            raise ValueError("grants: one grant per (pod, epoch)")
        return self

    def ceiling(self, pod: str, epoch: str) -> Decimal | None:
        """The ceiling of this process; None: it has no grant and refuses budgeted requests."""
        return next((g.ceiling for g in self.grants if g.pod == pod and g.epoch == epoch), None)


def render_yaml(grants: Grants) -> str:
    """The file form (decimals as strings), as the operator writes it into the ConfigMap."""
    import yaml

    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump(grants.model_dump(mode="json", by_alias=True), Dumper=dumper, sort_keys=False)


def load_yaml(text: str) -> Grants:
    """What the gateway (and a restarted operator) reads. Raises ValueError when invalid."""
    import yaml

    try:
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        raise ValueError(f"grants are not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise ValueError("grants must be a mapping at the top level")
    return Grants.model_validate(data)
