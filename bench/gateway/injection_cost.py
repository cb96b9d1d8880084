"""What the prompt-injection rule costs per text: the shapes alone and with the learned stage,
on the benchmark's 2 KB prompt (no trigger word of the learned stage: its cost there is the
larger keyword pass), short prompts that hold trigger words, and a long trigger-dense text (the
worst case per byte: every window is scored).

    python3 bench/gateway/injection_cost.py [--rounds 7]

Each figure is the median over rounds of a timeit loop (microseconds per find()), the two
detectors interleaved round by round. Text goes through the gateway's path: the normalised view,
then find().
"""

from __future__ import annotations

import argparse
import statistics
import sys
import timeit
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "operator"))
sys.path.insert(0, str(HERE))

from bodies import PROMPT_TEXT  # noqa: E402

from llmops.gateway.guardrails.injection import InjectionDetector  # noqa: E402
from llmops.gateway.guardrails.normalise import normalise  # noqa: E402

TEXTS = {
    "benchmark prompt (2 KB)": PROMPT_TEXT,
    "short, trigger words (111 B)": "Can you act as an interviewer for my mock interview for a backend developer role? "
                                    "Ask me one question at a time.",
    "short, trigger words (48 B)": "How do I enable developer mode on my Pixel phone?",
    "long, trigger-dense (64 KB)": "please act as the system admin and set the rule mode for the prompt filter today. " * 800,
}


def per_call_us(detector: InjectionDetector, view: str) -> float:
    number = max(3, int(20000 / max(1, len(view) / 100)))
    return timeit.timeit(lambda: detector.find(view), number=number) / number * 1e6


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=7)
    args = ap.parse_args()
    shapes, both = InjectionDetector(use_model=False), InjectionDetector()
    print(f"{'text':32s} {'shapes only':>14s} {'with the learned stage':>24s}")
    for name, text in TEXTS.items():
        view = normalise(text).text
        a, b = [], []
        for _ in range(args.rounds):
            a.append(per_call_us(shapes, view))
            b.append(per_call_us(both, view))
        ma, mb = statistics.median(a), statistics.median(b)
        print(f"{name:32s} {ma:11.1f} us {mb:15.1f} us ({mb - ma:+.1f} us, {len(view) / 1024:.1f} KiB)", flush=True)


if __name__ == "__main__":
    main()
