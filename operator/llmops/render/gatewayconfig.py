"""LLMDeployment (+ the PromptVersions it serves) -> the gateway's config (DESIGN.md §5)."""

from __future__ import annotations

from llmops.api import gateway_config as gc
from llmops.api.llmdeployment import EngineType, LLMDeploymentSpec
from llmops.render.engines import UPSTREAM_API_KEY_ENV, served_name


_PARAMETER_ALIASES = frozenset(f.alias or n for n, f in gc.PromptParameters.model_fields.items())


def _prompt(prompt_name: str | None, versions: list[dict]) -> gc.Prompt | None:
    """Serve the promoted version and the canary at their status weights. Which version is
    promoted is the PromptVersion controller's decision, read from status only."""
    if not prompt_name:
        return None
    served: list[gc.PromptVersion] = []
    stable = canary = None
    for pv in versions:
        phase = (pv.get("status") or {}).get("phase")
        if phase == "Promoted":
            stable = pv
        elif phase in ("Progressing", "Paused"):
            canary = pv
    canary_weight = int((canary or {}).get("status", {}).get("canaryWeight") or 0) if canary else 0
    for pv, weight in ((canary, canary_weight), (stable, 100 - canary_weight if canary else 100)):
        if pv is None or weight <= 0:
            continue
        spec = pv["spec"]
        params = spec.get("parameters") or {}
        served.append(gc.PromptVersion(
            name=pv["metadata"]["name"], weight=weight,
            template=gc.PromptTemplate.model_validate(spec.get("template") or {}),
            parameters=gc.PromptParameters.model_validate(
                {k: v for k, v in params.items() if k in _PARAMETER_ALIASES}),
        ))
    if not served:
        return None
    sticky = ((canary or stable)["spec"].get("release") or {}).get("stickyBy", "Header:x-user-id")
    return gc.Prompt(name=prompt_name, sticky_by=sticky, versions=served)


def gateway_config(name: str, spec: LLMDeploymentSpec, prompt_versions: list[dict] | None = None,
                   guardrails: tuple[gc.GuardrailPolicy, ...] = (),
                   fallback: tuple[str, str] | None = None) -> gc.GatewayConfig:
    """`guardrails`: the accepted rules of every GuardrailPolicy selecting the deployment, in
    name order (the gateway applies them together; the stricter action wins on overlaps).
    `fallback`: (Service URL, served model) of `budget.fallbackTo`, None while it is missing."""
    g = spec.gateway
    if spec.engine.type == EngineType.EXTERNAL:
        upstream = gc.Upstream(name="external", url=spec.external.base_url.rstrip("/"),
                               api_key_env=UPSTREAM_API_KEY_ENV if spec.external.api_key_secret_ref else None)
    else:
        upstream = gc.Upstream(name="engine", url=f"http://127.0.0.1:{spec.engine.port}/v1")
    models = [served_name(spec, name)] + [a.name for a in spec.model.adapters or []]
    kwargs: dict = dict(deployment=name, mode="Sidecar", models=models, upstreams=[upstream],
                        guardrails=list(guardrails))
    if g is not None:
        if g.timeouts:
            kwargs["timeouts"] = gc.Timeouts(request=g.timeouts.request, first_token=g.timeouts.first_token)
        if g.rate_limit:
            kwargs["rate_limit"] = gc.RateLimit(**g.rate_limit.model_dump())
        if g.cache:
            kwargs["cache"] = gc.Cache(**g.cache.model_dump())
        if g.audit:
            kwargs["audit"] = gc.Audit(enabled=g.audit.enabled, bodies=g.audit.bodies.value)
        kwargs["prompt"] = _prompt(g.prompt, prompt_versions or [])
    if spec.pricing:
        kwargs["pricing"] = gc.Pricing(currency=spec.pricing.currency,
                                       input_per_million_tokens=spec.pricing.input_per_million_tokens,
                                       output_per_million_tokens=spec.pricing.output_per_million_tokens)
    if spec.budget is not None:
        kwargs["budget"] = _budget(spec, fallback)
    return gc.GatewayConfig(**kwargs)


def _budget(spec: LLMDeploymentSpec, fallback: tuple[str, str] | None) -> gc.Budget:
    """What the gateways enforce besides their grants (which change with spend and live in their
    own file): the action, and where Fallback sends requests. Fallback to a deployment that does
    not exist (yet) throttles meanwhile: the ref is reported as missing on the status."""
    action = spec.budget.action.value
    if action == "Fallback" and fallback is None:
        action = "Throttle"
    up = gc.Upstream(name=spec.budget.fallback_to.name, url=fallback[0], model=fallback[1]) \
        if fallback is not None and spec.budget.fallback_to is not None else None
    return gc.Budget(action=action, fallback_upstream=up if action == "Fallback" else None)


def prompt_status(config: gc.GatewayConfig) -> dict:
    """status.prompt of the LLMDeployment: which versions the gateway serves, at what weight.
    `_prompt` lists the canary (if any) first and the stable version last."""
    if config.prompt is None:
        return {}
    versions = config.prompt.versions
    out = {"stable": versions[-1].name}
    if len(versions) > 1:
        out.update(canary=versions[0].name, canaryWeight=versions[0].weight)
    return out
