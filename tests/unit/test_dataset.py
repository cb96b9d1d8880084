"""`llmops dataset export` over audit lines: pairs joined with feedback, filters, kubectl
prefixes, a trail without bodies or without feedback records."""

from __future__ import annotations

import json

from llmops.dataset import Filters, collect, main, records

SYSTEM = {"role": "system", "content": "You are the support assistant of Acme."}


def audit(rid, version, question, answer, time="2026-12-01T10:00:00Z", code=200, bodies=True, **extra):
    rec = {"type": "llmops.audit", "time": time, "requestId": rid, "endpoint": "/v1/chat/completions",
           "model": "m", "promptVersion": version, "code": code, **extra}
    if bodies:
        rec.update(request=[SYSTEM, {"role": "user", "content": question}], response=answer)
    return json.dumps(rec)


def feedback(rid, version, value=None, score=None):
    rec = {"type": "llmops.feedback", "time": "2026-12-01T10:01:00Z", "requestId": rid, "promptVersion": version}
    if value:
        rec["value"] = value
    if score is not None:
        rec["score"] = score
    return json.dumps(rec)


TRAIL = [
    audit("r1", "v1", "Mail me at [EMAIL]", "Done."),
    audit("r2", "v2", "Where is my order?", "On its way.", time="2026-12-01T11:00:00Z"),
    audit("r3", "v2", "Refund?", "No.", time="2026-12-01T12:00:00Z"),
    audit("r4", "v2", "x", "", code=502),
    feedback("r2", "v2", score=0.8),
    feedback("r3", "v2", value="negative"),
    "not json at all",
]


def test_pairs_per_version_joined_with_their_feedback_in_chat_format():
    ex = collect(records(TRAIL), Filters())
    assert sorted(ex.datasets) == ["v1", "v2"]
    r2 = ex.datasets["v2"][0]
    assert r2["messages"] == [SYSTEM, {"role": "user", "content": "Where is my order?"},
                              {"role": "assistant", "content": "On its way."}]
    assert (r2["metadata"]["score"], ex.datasets["v2"][1]["metadata"]["score"]) == (0.8, -1.0)
    assert ex.datasets["v1"][0]["metadata"]["score"] is None  # no feedback on it
    assert len(ex.datasets["v2"]) == 2  # the 502 is not a pair


def test_filters_version_time_and_score():
    assert [l["metadata"]["requestId"] for l in collect(records(TRAIL), Filters(min_score=0.5)).datasets["v2"]] == ["r2"]
    assert list(collect(records(TRAIL), Filters(max_score=0)).datasets) == ["v2"]
    from datetime import datetime
    f = Filters(since=datetime.fromisoformat("2026-12-01T10:30:00+00:00"),
                until=datetime.fromisoformat("2026-12-01T11:30:00+00:00"))
    assert [l["metadata"]["requestId"] for v in collect(records(TRAIL), f).datasets.values() for l in v] == ["r2"]
    assert list(collect(records(TRAIL), Filters(versions=frozenset({"v1"}))).datasets) == ["v1"]
    # --prompt keeps the lines of that prompt (a request served without a version has no prompt)
    assert collect(records(TRAIL + [audit("r9", "v3", "q", "a", prompt="support")]),
                   Filters(prompt="support")).datasets.keys() == {"v3"}


def test_kubectl_logs_prefixes_are_skipped():
    lines = [f"[pod/support-llm-abc/gateway] {TRAIL[0]}", f"2026-12-01T10:00:00.1Z {TRAIL[1]}"]
    assert sorted(collect(records(lines), Filters()).datasets) == ["v1", "v2"]


def test_messages_only_is_the_strict_fine_tuning_format():
    line = collect(records(TRAIL), Filters(), metadata=False).datasets["v1"][0]
    assert list(line) == ["messages"]


def test_cli_writes_one_file_per_version(tmp_path, capsys):
    src = tmp_path / "audit.log"
    src.write_text("\n".join(TRAIL) + "\n")
    assert main(["export", str(src), "-o", str(tmp_path / "out")]) == 0
    v2 = [json.loads(l) for l in (tmp_path / "out" / "v2.jsonl").read_text().splitlines()]
    assert [l["metadata"]["requestId"] for l in v2] == ["r2", "r3"]
    assert "[EMAIL]" in (tmp_path / "out" / "v1.jsonl").read_text()


def test_without_bodies_nothing_is_exported_and_it_says_so(tmp_path, capsys):
    src = tmp_path / "audit.log"
    src.write_text(audit("r1", "v1", "q", "a", bodies=False) + "\n")
    assert main(["export", str(src), "-o", str(tmp_path / "out")]) == 1
    assert "none with bodies" in capsys.readouterr().err and not (tmp_path / "out").exists()


def test_without_feedback_records_pairs_come_without_scores(tmp_path, capsys):
    src = tmp_path / "audit.log"
    src.write_text(TRAIL[0] + "\n")
    assert main(["export", str(src), "-o", str(tmp_path)]) == 0
    assert "no feedback records" in capsys.readouterr().err
    assert main(["export", str(src), "-o", str(tmp_path / "x"), "--min-score", "0"]) == 1
