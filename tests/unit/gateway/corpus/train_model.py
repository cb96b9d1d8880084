"""Trains the learned stage of the prompt-injection rule (gateway/guardrails/injection_model.py)
on the corpus' tuning parts and writes its weights (injection_model.json beside it).

    python tests/unit/gateway/corpus/train_model.py            # write the weights
    python tests/unit/gateway/corpus/train_model.py --report   # and print out-of-fold rates
    python tests/unit/gateway/corpus/train_model.py --report-detector   # and the whole detector's

Only rows whose split is in TRAINING are learned from: the held-out batches never reach the
weights (test_gateway_injection_model.py retrains and compares). Logistic regression by stochastic
gradient descent, seeded: the same corpus gives the same weights. A text longer than one window
is several examples: each window of a benign text is a negative; of an injection, the window the
model scores highest (multiple-instance learning: the injection is somewhere in it).

The threshold is chosen out of fold: each tuning part is scored by a model trained on the
others, and the threshold is the lowest logit at which at most MAX_FALSE_POSITIVES of those
benign scores pass, so it is set on text the weights did not see.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[3] / "operator"))

from llmops.gateway.guardrails import injection_model as im  # noqa: E402
from llmops.gateway.guardrails.injection import model_view  # noqa: E402
from llmops.gateway.guardrails.normalise import normalise  # noqa: E402

# (file, split) of every batch: the held-out ones, then the tuning parts the model learns from
HELDOUT = (("injection.jsonl", "heldout"), ("heldout2.jsonl", "heldout2"), ("heldout3a.jsonl", "heldout3a"),
           ("heldout3b.jsonl", "heldout3b"), ("heldout4a.jsonl", "heldout4a"), ("heldout4b.jsonl", "heldout4b"),
           ("heldout4c.jsonl", "heldout4c"), ("heldout4d/heldout4d.jsonl", "heldout4d"), ("heldout4e.jsonl", "heldout4e"),
           ("heldout4f.jsonl", "heldout4f"), ("heldout4g.jsonl", "heldout4g"), ("heldout4h.jsonl", "heldout4h"),
           ("heldout4i.jsonl", "heldout4i"), ("heldout4j.jsonl", "heldout4j"), ("heldout4k.jsonl", "heldout4k"),
           ("heldout5a.jsonl", "heldout5a"), ("heldout5b.jsonl", "heldout5b"), ("heldout5c.jsonl", "heldout5c"),
           ("heldout5d/heldout5d.jsonl", "heldout5d"), ("heldout5e.jsonl", "heldout5e"))
TRAINING = (("injection.jsonl", "tuning"), ("tuning3.jsonl", "tuning3"), ("train4.jsonl", "train4"),
            ("train5/train5.jsonl", "train5"), ("train6.jsonl", "train6"), ("train7.jsonl", "train7"),
            ("train8.jsonl", "train8"), ("train9/train9.jsonl", "train9"), ("train10.jsonl", "train10"),
            ("train11.jsonl", "train11"), ("train12.jsonl", "train12"), ("train13.jsonl", "train13"),
            ("train14.jsonl", "train14"), ("train16.jsonl", "train16"), ("train17.jsonl", "train17"),
            ("train18.jsonl", "train18"), ("train19.jsonl", "train19"), ("train20.jsonl", "train20"),
            ("train21.jsonl", "train21"), ("train22.jsonl", "train22"), ("train23.jsonl", "train23"), ("train24.jsonl", "train24"),
            ("train25/train25.jsonl", "train25"), ("train26.jsonl", "train26"), ("train27.jsonl", "train27"))
EPOCHS = 48
RATE = 0.1
DECAY = 0.05
L2 = 0.05
SEED = 20261201
MAX_FALSE_POSITIVES = 0.005
MIN_ROWS = 2
# a word of the view's vocabulary: in at least this many plain tuning texts
VOCABULARY_ROWS = 3
DECIMALS = 4


def corpus() -> list[dict]:
    """Every row, each text once. A tuning text is trained on wherever else it appears; a
    held-out row that repeats a tuning text (a few writers wrote the same everyday question) is
    not unseen, so it is left out of the held-out part. Adding a held-out batch never changes
    what the model learns from."""
    out, seen = [], set()
    for name, split in TRAINING + HELDOUT:
        for r in map(json.loads, (HERE / name).read_text(encoding="utf-8").splitlines()):
            if r["split"] == split and r["text"] not in seen:
                seen.add(r["text"])
                out.append(r)
    return out


def rows() -> list[dict]:
    """The rows the model learns from: the tuning parts only."""
    training = {split for _, split in TRAINING}
    return [r for r in corpus() if r["split"] in training]


def vocabulary(rs: list[dict]) -> frozenset[str]:
    """The words of at least VOCABULARY_ROWS undisguised texts (and the lexicon's): what the
    view may cut spaced-out letters into, or join split words to (injection_view.py)."""
    rows_with: dict[str, int] = {}
    for r in rs:
        if r.get("evasion", "none") == "none":
            for w in set(re.findall(r"[a-z]{2,24}", model_view(normalise(r["text"]).text, frozenset()))):
                rows_with[w] = rows_with.get(w, 0) + 1
    lexicon = {w for words in im.LEXICON.values() for w in words if w.isalpha()}
    return frozenset({w for w, n in rows_with.items() if n >= VOCABULARY_ROWS} | lexicon)


def examples(rs: list[dict], vocab: frozenset[str]) -> list[tuple[list[set[str]], int, dict]]:
    """(features of each window, label, row) of the rows the model scores at all."""
    out = []
    for r in rs:
        if r.get("evasion") == "out_of_scope":
            continue
        tokens = im.tokenize(model_view(normalise(r["text"]).text, vocab))
        wins = im.windows(tokens)
        if not wins:
            continue
        out.append(([im.features([t[0] for t in tokens[lo:hi]]) for lo, hi in wins], int(r["label"] == "injection"), r))
    return out


def _score(w: dict[str, float], b: float, f: set[str]) -> float:
    return b + sum(w.get(x, 0.0) for x in f)


def train(data) -> tuple[dict[str, float], float]:
    # a feature of fewer than MIN_ROWS rows gets no weight: it could only learn its row by heart
    # (and would weigh on the gateway's memory)
    rows_with: dict[str, int] = {}
    for wins, _, _ in data:
        for x in set().union(*wins):
            rows_with[x] = rows_with.get(x, 0) + 1
    data = [([{x for x in f if rows_with[x] >= MIN_ROWS} for f in wins], y, r) for wins, y, r in data]
    w: dict[str, float] = {}
    b = 0.0
    rnd = random.Random(SEED)
    order = list(range(len(data)))
    for epoch in range(EPOCHS):
        rate = RATE / (1.0 + DECAY * epoch)  # a decaying step: the last rows seen do not decide
        rnd.shuffle(order)
        for i in order:
            wins, y, _ = data[i]
            if y:  # the injection is in the window scored highest
                picked = [max(wins, key=lambda f: _score(w, b, f))]
            else:
                picked = wins
            for f in picked:
                z = _score(w, b, f)
                g = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))) - y
                b -= rate * g
                for x in f:
                    wx = w.get(x, 0.0)
                    w[x] = wx - rate * (g + L2 * wx)
    return w, b


def best(w, b, wins) -> float:
    return max(_score(w, b, f) for f in wins)


def out_of_fold(data, folds: dict | None = None) -> list[tuple[float, int, dict]]:
    """Each tuning part scored by a model trained on the others (their weights kept in `folds`)."""
    scored = []
    for split in sorted({ex[2]["split"] for ex in data}):
        w, b = train([ex for ex in data if ex[2]["split"] != split])
        if folds is not None:
            folds[split] = (w, b)
        scored.extend((best(w, b, ex[0]), ex[1], ex[2]) for ex in data if ex[2]["split"] == split)
    return scored


def report_detector(vocab, folds: dict, thr: float) -> None:
    """The whole detector (shapes OR the learned stage) out of fold: each tuning part through a
    detector whose learned stage did not see it."""
    from llmops.gateway.guardrails.injection import InjectionDetector

    counts: dict[str, list[int]] = {}
    detectors: dict[str, InjectionDetector] = {}
    for r in rows():
        w, b = folds.get(r["split"], ({}, 0.0))
        detector = detectors.get(r["split"])
        if detector is None:
            detector = detectors[r["split"]] = InjectionDetector(model=im.InjectionModel(w, b, thr, vocab))
        if r["label"] == "benign":
            keys = ("benign", "benign " + r["split"])
        elif r["evasion"] == "out_of_scope":
            continue
        else:
            keys = ("injection", "injection " + r["evasion"], "injection " + r["split"])
        hit = bool(detector.find(normalise(r["text"]).text))
        for k in keys:
            c = counts.setdefault(k, [0, 0])
            c[0] += hit
            c[1] += 1
    for k, (h, n) in sorted(counts.items(), key=lambda kv: (len(kv[0].split()), kv[0])):
        print(f"detector out of fold, {k}: {h}/{n} ({100 * h / n:.1f}%)")


def threshold(scored) -> float:
    benign = sorted((s for s, y, _ in scored if not y), reverse=True)
    allowed = int(MAX_FALSE_POSITIVES * len(benign))
    return round(benign[allowed] + 1e-3, DECIMALS) if benign else 0.0


def final(data=None, vocab=None) -> dict:
    """The model trained on every tuning part (without its threshold)."""
    if data is None:
        vocab = vocabulary(rows())
        data = examples(rows(), vocab)
    w, b = train(data)
    weights = {k: round(v, DECIMALS) for k, v in sorted(w.items()) if abs(v) >= 10 ** -DECIMALS}
    return {"bias": round(b, DECIMALS), "weights": weights, "vocabulary": sorted(vocab),
            "trained_on": [split for _, split in TRAINING if any(ex[2]["split"] == split for ex in data)],
            "examples": len(data)}


def fit(report: bool = False, detector: bool = False) -> dict:
    """The model and its threshold, chosen out of fold (one more training per tuning part)."""
    vocab = vocabulary(rows())
    data = examples(rows(), vocab)
    folds: dict = {}
    scored = out_of_fold(data, folds)
    thr = threshold(scored)
    if detector:
        report_detector(vocab, folds, thr)
    if report:
        for split in sorted({r[2]["split"] for r in scored}):
            pos = [s for s, y, r in scored if y and r["split"] == split]
            neg = [s for s, y, r in scored if not y and r["split"] == split]
            print(f"out of fold {split}: detected {sum(s > thr for s in pos)}/{len(pos)}, "
                  f"benign flagged {sum(s > thr for s in neg)}/{len(neg)} (threshold {thr})")
    return {**final(data, vocab), "threshold": thr}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--report", action="store_true", help="print out-of-fold rates per tuning part")
    ap.add_argument("--report-detector", action="store_true",
                    help="and the whole detector's (shapes OR the learned stage) out of fold, per evasion and part")
    args = ap.parse_args()
    model = fit(args.report or args.report_detector, args.report_detector)
    im.WEIGHTS.write_text(json.dumps(model, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {im.WEIGHTS} ({len(model['weights'])} weights, {model['examples']} examples, "
          f"trained on {', '.join(model['trained_on'])})")


if __name__ == "__main__":
    main()
