"""`llmops dataset export`: the gateway's audit trail -> per prompt version, a JSONL dataset of
redacted request/answer pairs joined with their feedback, in the chat format fine-tuning and
evaluation tools read: {"messages": [..., {"role": "assistant", "content": answer}]} (plus a
"metadata" object unless --messages-only).

Input: audit files, stdin, or `kubectl logs` output (a `--prefix` or `--timestamps` before the
JSON is skipped; lines that are not audit records are ignored). Request records are
`type: llmops.audit` with `request` and `response` (only with the gateway's `audit.bodies:
Redacted`: bodies are exported only as the gateway redacted them). Feedback records are
`type: llmops.feedback` {requestId, promptVersion, value, score}; a trail without them exports
pairs without scores (and nothing when a score filter is asked for). The pure part is
`collect`; `main` does the files."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

VALUE_SCORES = {"positive": 1.0, "neutral": 0.0, "negative": -1.0}


def records(lines: Iterable[str]) -> Iterator[dict]:
    """JSON objects of the lines, whatever precedes them (kubectl's prefix or timestamp)."""
    for line in lines:
        start = line.find("{")
        if start < 0:
            continue
        try:
            rec = json.loads(line[start:])
        except ValueError:
            continue
        if isinstance(rec, dict) and isinstance(rec.get("type"), str):
            yield rec


@dataclass(frozen=True)
class Filters:
    prompt: str | None = None
    versions: frozenset[str] = frozenset()
    since: datetime | None = None
    until: datetime | None = None
    min_score: float | None = None
    max_score: float | None = None

    @property
    def by_score(self) -> bool:
        return self.min_score is not None or self.max_score is not None


@dataclass
class Export:
    datasets: dict[str, list[dict]] = field(default_factory=dict)  # version -> lines
    requests: int = 0     # request records read
    with_bodies: int = 0  # of which with bodies
    feedback: int = 0     # feedback records read


def _time(text) -> datetime | None:
    try:
        return datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    except ValueError:
        return None


def _score(fb: dict) -> float | None:
    s = fb.get("score")
    if isinstance(s, (int, float)) and not isinstance(s, bool):
        return float(s)
    return VALUE_SCORES.get(fb.get("value"))


def _messages(rec: dict) -> list[dict] | None:
    req, answer = rec.get("request"), rec.get("response")
    if not isinstance(answer, str):
        return None
    if isinstance(req, str):  # /v1/completions: the prompt
        req = [{"role": "user", "content": req}]
    if not isinstance(req, list) or not all(isinstance(m, dict) and isinstance(m.get("content"), str) for m in req):
        return None  # embeddings, or content parts this format does not carry
    return [{"role": m.get("role", "user"), "content": m["content"]} for m in req] + \
        [{"role": "assistant", "content": answer}]


def collect(recs: Iterable[dict], f: Filters, metadata: bool = True) -> Export:
    out = Export()
    requests: list[dict] = []
    feedback: dict[str, dict] = {}
    for rec in recs:
        if rec["type"] == "llmops.feedback" and isinstance(rec.get("requestId"), str):
            out.feedback += 1
            feedback[rec["requestId"]] = rec  # the latest feedback on an answer wins
        elif rec["type"] == "llmops.audit":
            out.requests += 1
            if "request" in rec and "response" in rec:
                out.with_bodies += 1
                requests.append(rec)
    for rec in requests:
        version = rec.get("promptVersion")
        if not isinstance(version, str) or rec.get("code") != 200:
            continue
        if f.versions and version not in f.versions:
            continue
        if f.prompt is not None and rec.get("prompt") != f.prompt:
            continue
        t = _time(rec.get("time"))
        if (f.since and (t is None or t < f.since)) or (f.until and (t is None or t >= f.until)):
            continue
        fb = feedback.get(rec.get("requestId"))
        score = _score(fb) if fb else None
        if f.by_score and (score is None or (f.min_score is not None and score < f.min_score) or
                           (f.max_score is not None and score > f.max_score)):
            continue
        messages = _messages(rec)
        if messages is None:
            continue
        line: dict = {"messages": messages}
        if metadata:
            line["metadata"] = {"requestId": rec.get("requestId"), "promptVersion": version, "time": rec.get("time"),
                                "model": rec.get("model"), "score": score,
                                "feedback": fb.get("value") if fb else None}
        out.datasets.setdefault(version, []).append(line)
    return out


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="llmops dataset export",
                                description="Write per prompt version a JSONL chat dataset from gateway audit lines.")
    p.add_argument("inputs", nargs="*", default=["-"], help="audit files or `kubectl logs` output; - or none: stdin")
    p.add_argument("-o", "--out", default=".", help="directory for <version>.jsonl (default: .)")
    p.add_argument("--prompt", help="only records of this prompt (needs the audit's `prompt` field)")
    p.add_argument("--version", action="append", default=[], help="only this prompt version (repeatable)")
    p.add_argument("--since", type=_time, help="ISO time, inclusive")
    p.add_argument("--until", type=_time, help="ISO time, exclusive")
    p.add_argument("--min-score", type=float, help="only answers with feedback scoring at least this (-1..1)")
    p.add_argument("--max-score", type=float, help="only answers with feedback scoring at most this")
    p.add_argument("--messages-only", action="store_true", help="no metadata: the strict fine-tuning format")
    return p.parse_args(argv)


def _lines(inputs: list[str]) -> Iterator[str]:
    for name in inputs:
        if name == "-":
            yield from sys.stdin
        else:
            with open(name, encoding="utf-8", errors="replace") as fh:
                yield from fh


def main(argv: list[str]) -> int:
    if not argv or argv[0] != "export":
        print("usage: llmops dataset export [FILE ...] [-o DIR] [filters]", file=sys.stderr)
        return 2
    args = parse_args(argv[1:])
    f = Filters(args.prompt, frozenset(args.version), args.since, args.until, args.min_score, args.max_score)
    result = collect(records(_lines(args.inputs)), f, metadata=not args.messages_only)
    if result.requests and not result.with_bodies:
        print(f"{result.requests} audit records, none with bodies: the gateway writes them only with "
              "audit.bodies: Redacted. Nothing exported.", file=sys.stderr)
        return 1
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for version, lines in sorted(result.datasets.items()):
        path = out / f"{version}.jsonl"
        path.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
        print(f"{path}: {len(lines)} pairs", file=sys.stderr)
    if not result.datasets:
        print(f"{result.requests} audit records, {result.feedback} feedback records: nothing matched.", file=sys.stderr)
        return 1
    if not result.feedback:
        print("the audit holds no feedback records: pairs are exported without scores", file=sys.stderr)
    return 0
