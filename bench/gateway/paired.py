"""CPU per request of the request path, this checkout against another commit, paired and
interleaved: inproc.py --cpu (thread CPU time, best of --repeats) runs in turn for the other
commit's gateway and for this one, --rounds times; prints each round and the median of the
per-round ratios.

    git archive <commit> | tar -x -C /tmp/base      # any checkout of the other commit
    python3 bench/gateway/paired.py --base /tmp/base [--rounds 5] [--requests 2000] [--repeats 5]

Both sides run this checkout's inproc.py and bodies (the bench itself is the same); only the
gateway package differs (PYTHONPATH=<base>/operator first).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIGURE = re.compile(r"(features off|every feature on): ([0-9.]+) us")


def measure(operator_dir: Path | None, requests: int, repeats: int) -> dict[str, float]:
    env = dict(os.environ)
    if operator_dir is not None:
        env["PYTHONPATH"] = f"{operator_dir}{os.pathsep}{env.get('PYTHONPATH', '')}"
    out = subprocess.run([sys.executable, str(HERE / "inproc.py"), "--cpu", "--requests", str(requests), "--repeats", str(repeats)],
                         env=env, capture_output=True, text=True, check=True).stdout
    return {name: float(value) for name, value in FIGURE.findall(out)}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True, type=Path, help="a checkout of the commit to compare against")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    ratios: dict[str, list[float]] = {"features off": [], "every feature on": []}
    for round_ in range(1, args.rounds + 1):
        base = measure(args.base / "operator", args.requests, args.repeats)
        head = measure(None, args.requests, args.repeats)
        line = []
        for name in ratios:
            ratios[name].append(head[name] / base[name])
            line.append(f"{name}: {base[name]:.1f} -> {head[name]:.1f} us ({head[name] / base[name] - 1:+.1%})")
        print(f"round {round_}: " + "; ".join(line), flush=True)
    for name, values in ratios.items():
        print(f"{name}: median {statistics.median(values) - 1:+.1%} (rounds {min(values) - 1:+.1%} .. {max(values) - 1:+.1%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
