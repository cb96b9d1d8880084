"""Prompt versions: weighted, sticky choice; template rendering; default parameters.

Templates are rendered once per config load (their variables are fixed per version), so a
request only copies the ready messages in front of its own.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field
from typing import Any

from llmops.api.gateway_config import TEMPLATE_VARIABLE, Prompt, PromptVersion

# Parameter names on the config side (snake_case) are the OpenAI names already.
_PARAMETERS = ("temperature", "max_tokens", "top_p", "stop", "presence_penalty", "frequency_penalty", "seed")
_BUCKETS = 10_000


@dataclass(frozen=True)
class RuntimeVersion:
    name: str
    upper: int  # cumulative weight bound in [0, total)
    messages: tuple[dict[str, str], ...]
    parameters: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class RuntimePrompt:
    name: str
    sticky_by: str | None
    total: int
    versions: tuple[RuntimeVersion, ...]


def render_template(content: str, variables: dict[str, str]) -> str:
    """Replace `{{ name }}` placeholders. Plain substitution: templates never run code."""
    return TEMPLATE_VARIABLE.sub(lambda m: variables[m.group(1)], content)


def compile_prompt(prompt: Prompt) -> RuntimePrompt:
    upper = 0
    versions = []
    for version in prompt.versions:
        upper += version.weight
        versions.append(_compile_version(version, upper))
    return RuntimePrompt(prompt.name, prompt.sticky_by, upper, tuple(versions))


def _compile_version(version: PromptVersion, upper: int) -> RuntimeVersion:
    variables = version.template.variables
    messages = tuple(
        {"role": m.role, "content": render_template(m.content, variables)} for m in version.template.messages
    )
    params = {k: v for k in _PARAMETERS if (v := getattr(version.parameters, k)) is not None}
    return RuntimeVersion(version.name, upper, messages, params)


def sticky_point(key: str, total: int) -> int:
    """A stable point in [0, total) for a caller key: the same key lands in the same place."""
    digest = hashlib.blake2b(key.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") % _BUCKETS * total // _BUCKETS


def choose_prompt_version(prompt: RuntimePrompt, sticky_key: str | None, rng: random.Random | None = None) -> RuntimeVersion:
    """Pick a version by weight; with a sticky key the choice is a pure function of the key."""
    if sticky_key:
        point = sticky_point(sticky_key, prompt.total)
    else:
        point = int((rng or random).random() * prompt.total)
    for version in prompt.versions:
        if point < version.upper:
            return version
    return prompt.versions[-1]


def apply_version(body: dict[str, Any], version: RuntimeVersion) -> None:
    """Prepend the version's messages and fill in parameters the request did not set."""
    if version.messages:
        body["messages"] = [*version.messages, *body.get("messages", ())]
    for key, value in version.parameters.items():
        if key not in body and not (key == "max_tokens" and "max_completion_tokens" in body):
            body[key] = value
