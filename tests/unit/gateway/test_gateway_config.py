"""The config model: what it refuses, its hash, its wire form; the runtime built from it."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from llmops.api.gateway_config import GatewayConfig, config_hash, load_yaml, parse_duration, render_yaml
from llmops.gateway.runtime import build_runtime

BASE = {"models": ["m"], "upstreams": [{"name": "a", "url": "http://127.0.0.1:8000/v1"}]}


def cfg(**extra):
    return GatewayConfig.model_validate({**BASE, **extra})


@pytest.mark.parametrize(("extra", "message"), [
    ({"guardrails": [{"name": "g", "input": {"deny": [{"name": "x", "pattern": "(unclosed"}]}}]}, "not valid RE2 syntax"),
    ({"prompt": {"name": "p", "versions": [{"name": "v", "weight": 100, "template": {"messages": [{"role": "system", "content": "{{ who }}"}]}}]}}, "who"),
    ({"upstreams": [{"name": "a", "url": "http://x/v1"}, {"name": "b", "url": "http://y/v1"}]}, "Sidecar"),
    ({"mode": "Router", "upstreams": [{"name": "a", "url": "http://x/v1"}], "routing": {"fallback": {"targets": ["zz"]}}}, "zz"),
    ({"timeouts": {"request": "ten seconds"}}, "pattern"),
    ({"budget": {"remaining": "1", "allowance": "1", "action": "Fallback"}}, "fallbackUpstream"),
    ({"pricing": {"inputPerMillionTokens": "-1"}}, "greater than or equal"),
    ({"typo": 1}, "Extra inputs"),
])
def test_invalid_configs_are_refused_with_a_reason(extra, message):
    with pytest.raises(ValidationError) as err:
        cfg(**extra)
    assert message in str(err.value)


def test_hash_is_stable_and_content_sensitive():
    one = cfg(pricing={"inputPerMillionTokens": "0.15"})
    again = load_yaml(render_yaml(one))
    assert again == one and config_hash(again) == config_hash(one) and len(config_hash(one)) == 16
    assert config_hash(cfg(pricing={"inputPerMillionTokens": "0.16"})) != config_hash(one)


def test_wire_form_uses_camel_case_and_decimal_strings():
    text = render_yaml(cfg(pricing={"inputPerMillionTokens": "0.15"}, rate_limit={"requests_per_minute": 5}))
    assert "inputPerMillionTokens: '0.15'" in text and "requestsPerMinute: 5" in text


def test_durations():
    assert parse_duration("200ms") == pytest.approx(0.2)
    assert parse_duration("1h30m") == 5400
    with pytest.raises(ValueError):
        parse_duration("5 minutes")


def test_runtime_resolves_api_keys_from_the_environment():
    config = cfg(upstreams=[{"name": "a", "url": "https://provider/v1", "apiKeyEnv": "PROVIDER_KEY"}])
    assert build_runtime(config, env={"PROVIDER_KEY": "sk-1"}).routing.default.targets[0].api_key == "sk-1"
    with pytest.raises(ValueError, match="PROVIDER_KEY"):
        build_runtime(config, env={})


def test_fallback_triggers_read_from_plain_yaml():
    # `triggers`, not `on`: YAML 1.1 reads a bare `on:` as the boolean true
    text = ("models: [m]\nmode: Router\nupstreams: [{name: a, url: 'http://x/v1'}, {name: b, url: 'http://y/v1'}]\n"
            "routing:\n  fallback:\n    triggers: [ServerError]\n    targets: [b]\n")
    config = load_yaml(text)
    assert config.routing.fallback.triggers == ["ServerError"]
    assert build_runtime(config).routing.fallback_on == frozenset({"ServerError"})
    with pytest.raises(ValidationError, match="Extra inputs"):
        load_yaml(text.replace("triggers:", "'on':"))
