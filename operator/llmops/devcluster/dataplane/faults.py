"""Fault profiles for the simulated engines (pure functions).

A ConfigMap named `llmops-dev-faults` in a namespace holds them under the key `faults.yaml`:

    profiles:
      - deployment: summarizer-llm        # optional: every deployment of the namespace
        match: "(?i)you are v2"           # optional: a regex on the request's system message
        latency: 300ms                    # added before the engine answers
        errorRate: 0.5                    # this fraction is answered 500 (OpenAI-shaped)
        errorStatus: 500
        cutStreamAfter: 2                 # streamed answers are cut after this many chunks

The first profile that matches wins. Matching on the system message is what lets one prompt
version fail while another, served by the same pods, does not.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

import yaml

CONFIG_MAP = "llmops-dev-faults"
KEY = "faults.yaml"


class FaultConfigError(ValueError):
    """The profiles could not be read; the message names the entry and field."""


@dataclass(frozen=True)
class Fault:
    deployment: str | None = None
    match: re.Pattern | None = None
    latency: float = 0.0
    error_rate: float = 0.0
    error_status: int = 500
    cut_stream_after: int | None = None


def _duration(text) -> float:
    m = re.fullmatch(r"\s*([0-9.]+)\s*(ms|s|m)?\s*", str(text))
    if not m:
        raise ValueError(f"invalid duration {text!r}")
    return float(m.group(1)) * {"ms": 0.001, "s": 1.0, "m": 60.0, None: 1.0}[m.group(2)]


def parse(text: str) -> list[Fault]:
    doc = yaml.safe_load(text or "") or {}
    out = []
    for i, p in enumerate(doc.get("profiles") or []):
        try:
            rate = float(p.get("errorRate", 0))
            if not 0 <= rate <= 1:
                raise ValueError("errorRate must be between 0 and 1")
            out.append(Fault(
                deployment=p.get("deployment"),
                match=re.compile(p["match"]) if p.get("match") else None,
                latency=_duration(p.get("latency", 0)), error_rate=rate,
                error_status=int(p.get("errorStatus", 500)),
                cut_stream_after=int(p["cutStreamAfter"]) if p.get("cutStreamAfter") is not None else None))
        except (ValueError, TypeError, re.error) as e:
            raise FaultConfigError(f"profiles[{i}]: {e}") from None
    return out


def system_message(body: bytes) -> str:
    """The system messages of a chat request (empty when there are none or it is not JSON)."""
    try:
        doc = json.loads(body)
    except ValueError:
        return ""
    if not isinstance(doc, dict) or not isinstance(doc.get("messages"), list):
        return ""
    parts = []
    for m in doc["messages"]:
        if isinstance(m, dict) and m.get("role") == "system":
            c = m.get("content")
            parts.append(c if isinstance(c, str) else json.dumps(c))
    return "\n".join(parts)


def choose(faults: list[Fault], deployment: str, body: bytes) -> Fault | None:
    system = None
    for f in faults:
        if f.deployment and f.deployment != deployment:
            continue
        if f.match is not None:
            system = system_message(body) if system is None else system
            if not f.match.search(system):
                continue
        return f
    return None


def error_body(status: int) -> bytes:
    return json.dumps({"error": {"message": f"injected fault: status {status}", "type": "server_error",
                                 "code": "injected_fault"}}).encode()
