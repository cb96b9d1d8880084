"""The cost and token series exist at 0 from config load, for every model and prompt version
the config serves (team `none`; a team's series starts with its first request).

The operator counts spend as the increase of these counters; a series that first appears with
a value above 0 would lose its first increase (docs/budgets.md, "What is not counted")."""

from __future__ import annotations

from llmops.gateway.metrics import NO_TEAM, NO_VERSION


def export_at_zero(metrics, runtime) -> None:
    config = runtime.config
    versions = [v.name for v in config.prompt.versions] if config.prompt is not None else [NO_VERSION]
    if config.prompt is not None:
        versions.append(NO_VERSION)  # completions and embeddings carry no prompt version
    for model in config.models:
        for version in versions:
            labels = (runtime.deployment, model, version, NO_TEAM)
            metrics.cost.inc_at((*labels, runtime.prices.currency), 0)
            for kind in ("input", "output"):
                metrics.tokens.inc_at((*labels, kind, "usage"), 0)
