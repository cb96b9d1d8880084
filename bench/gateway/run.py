"""Gateway benchmark: direct vs nginx vs LiteLLM vs this gateway (features off / every
feature on), all against the same zero-delay upstream (nginx serving a fixed answer) on
loopback. The proxy under test is pinned to core 1, the load generator (wrk) and the
upstream to core 0. Prints a Markdown table and writes results.json.

    bash bench/gateway/install.sh
    python3 bench/gateway/run.py [--duration 10] [--rounds 3] [--only gw-on,gw-off]

The c=1 figures are the median of --rounds measurements per target, taken in turn (all targets
but LiteLLM run at once), with the proxy's CPU time per request next to them. To compare two
versions of the gateway in the same rounds: `git worktree add /tmp/old <commit>` and
`--compare /tmp/old/operator`.

Every loop is bounded (wrk runs for --duration seconds; the TTFT probe sends --ttft-requests).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bodies import ANSWER, MODEL, chat_request, stream_answer  # noqa: E402

UPSTREAM_PORT, NGINX_PORT, LITELLM_PORT, GW_OFF_PORT, GW_ON_PORT, GW_COMPARE_PORT = 19000, 19001, 19002, 19003, 19004, 19005
LOADGEN_CORE, PROXY_CORE = "0", "1"
LITELLM = os.environ.get("LITELLM_BIN", "/tmp/litellm-venv/bin/litellm")
# LiteLLM refuses to start without a strong master key; every target gets the same header.
API_KEY = "sk-bench-7f3c9a1e5b2d4c6e8a0f1b3d5e7c9a2b"

UPSTREAM_NGINX = """
daemon off; master_process off; worker_processes 1; pid {tmp}/upstream.pid; error_log {tmp}/upstream.err warn;
events {{ worker_connections 4096; }}
http {{
  access_log off;
  keepalive_requests 1000000;
  server {{
    listen 127.0.0.1:{port} reuseport backlog=4096;
    location = /v1/chat/completions {{ default_type application/json; return 200 '{answer}'; }}
    location = /stream/v1/chat/completions {{ default_type text/event-stream; return 200 '{stream}'; }}
    location = /v1/models {{ default_type application/json; return 200 '{{"object":"list","data":[{{"id":"{model}","object":"model"}}]}}'; }}
  }}
}}
"""

PROXY_NGINX = """
daemon off; master_process off; worker_processes 1; pid {tmp}/proxy.pid; error_log {tmp}/proxy.err warn;
events {{ worker_connections 4096; }}
http {{
  access_log off;
  keepalive_requests 1000000;
  upstream backend {{ server 127.0.0.1:{upstream}; keepalive 64; }}
  server {{
    listen 127.0.0.1:{port} backlog=4096;
    location / {{ proxy_pass http://backend; proxy_http_version 1.1; proxy_set_header Connection ""; proxy_buffering off; }}
  }}
}}
"""

WRK_LUA = """
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer {key}"
wrk.headers["x-api-key"] = "bench-key"
wrk.headers["x-user-id"] = "user-42"
local f = io.open("{body}", "rb"); wrk.body = f:read("*a"); f:close()
"""


def gateway_config(features: bool, stream_upstream: bool = False) -> dict:
    base = f"http://127.0.0.1:{UPSTREAM_PORT}" + ("/stream/v1" if stream_upstream else "/v1")
    config = {"deployment": "bench", "models": [MODEL], "upstreams": [{"name": "upstream", "url": base}],
              "audit": {"enabled": False}}
    if not features:
        return config
    pii = {"entities": ["Email", "Phone", "CreditCard", "SSN", "IBAN", "IPAddress"], "action": "Redact"}
    config.update({
        "prompt": {"name": "support", "stickyBy": "Header:x-user-id", "versions": [
            {"name": "support-v2", "weight": 50, "template": {"messages": [{"role": "system", "content": "You are the support assistant of {{ company }}. Be brief."}], "variables": {"company": "Acme"}}, "parameters": {"temperature": 0.2}},
            {"name": "support-v1", "weight": 50, "template": {"messages": [{"role": "system", "content": "You are the assistant of {{ company }}."}], "variables": {"company": "Acme"}}, "parameters": {"temperature": 0.3}},
        ]},
        "guardrails": [{"name": "pii-strict", "mode": "Enforce",
                        "input": {"pii": pii, "deny": [{"name": "codenames", "pattern": "(?i)project\\s+falcon", "action": "Block"}],
                                  "promptInjection": {"action": "Block"}, "maxTokens": 8000},
                        "output": {"pii": pii}}],
        "pricing": {"currency": "USD", "inputPerMillionTokens": "0.15", "outputPerMillionTokens": "0.60"},
        "budget": {"remaining": "1000000", "allowance": "1000000", "action": "Throttle"},
        "rateLimit": {"requestsPerMinute": 100_000_000, "tokensPerMinute": 0, "key": "Header:x-api-key"},
        "audit": {"enabled": True, "bodies": "Redacted"},
    })
    return config


def wait_http(url: str, timeout: float = 90.0, data: bytes | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            req = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json", "Authorization": f"Bearer {API_KEY}"})
            urllib.request.urlopen(req, timeout=5).read()
            return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"{url} did not come up")


def start(cmd: list[str], core: str, log: Path, env: dict | None = None) -> subprocess.Popen:
    return subprocess.Popen(["taskset", "-c", core, *cmd], stdout=log.open("wb"), stderr=subprocess.STDOUT,
                            env={**os.environ, **(env or {})}, start_new_session=True)


def stop(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(20)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        os.killpg(proc.pid, signal.SIGKILL)


def peak_rss_mib(pid: int) -> float:
    """Peak resident set (VmHWM) of the process and its descendants."""
    pids = [pid]
    try:
        out = subprocess.run(["pgrep", "-g", str(os.getpgid(pid))], capture_output=True, text=True).stdout
        pids = [int(p) for p in out.split()] or pids
    except ProcessLookupError:
        return 0.0
    total = 0
    for p in pids:
        try:
            status = Path(f"/proc/{p}/status").read_text()
        except OSError:
            continue
        m = re.search(r"VmHWM:\s+(\d+) kB", status)
        if m and "taskset" not in Path(f"/proc/{p}/cmdline").read_bytes().decode(errors="replace"):
            total += int(m.group(1))
    return total / 1024


_UNITS = {"us": 1e-3, "ms": 1.0, "s": 1000.0}
_TICK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """user + system CPU time of the proxy's process group (taskset execs, so the pid is the proxy)."""
    total = 0.0
    out = subprocess.run(["pgrep", "-g", str(os.getpgid(pid))], capture_output=True, text=True).stdout
    for p in [int(x) for x in out.split()] or [pid]:
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / _TICK  # utime, stime
    return total


def wrk(url: str, lua: Path, connections: int, duration: int) -> dict:
    cmd = ["taskset", "-c", LOADGEN_CORE, "wrk", "-t1", f"-c{connections}", f"-d{duration}s", "--latency", "-s", str(lua), url]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=duration + 60).stdout
    pct = {p: float(v) * _UNITS[u] for p, v, u in re.findall(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)}
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    count = int(re.search(r"(\d+) requests in", out).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {"p50_ms": pct["50"], "p99_ms": pct["99"], "rps": rps, "requests": count, "non2xx": int(errors.group(1)) if errors else 0}


async def _ttft(url: str, body: bytes, n: int) -> list[float]:
    import aiohttp
    samples = []
    headers = {"Content-Type": "application/json", "Authorization": f"Bearer {API_KEY}", "x-api-key": "bench-key", "x-user-id": "user-42"}
    async with aiohttp.ClientSession() as session:
        for i in range(n + 20):
            t0 = time.perf_counter()
            async with session.post(url, data=body, headers=headers) as resp:
                first = None
                async for line in resp.content:
                    if first is None and line.startswith(b"data:") and b'"content"' in line:
                        first = time.perf_counter() - t0
                if resp.status != 200 or first is None:
                    raise RuntimeError(f"{url}: status {resp.status}")
            if i >= 20:  # warm-up excluded
                samples.append(first * 1000)
    return samples


def ttft(url: str, n: int) -> dict:
    samples = sorted(asyncio.run(_ttft(url, chat_request(stream=True), n)))
    return {"ttft_p50_ms": samples[len(samples) // 2], "ttft_p99_ms": samples[int(len(samples) * 0.99) - 1]}


def _launch(name: str, target: tuple, tmp: Path, nginx: str, loop: str, compare: str | None = None) -> tuple[list[subprocess.Popen], str, str]:
    """Start a target's processes (none for direct); (processes, base URL, stream base URL).
    `compare`: the source root (e.g. a worktree's operator/) of the gateway the target
    gw-on@compare runs."""
    cmd, base, stream_base = target
    procs: list[subprocess.Popen] = []
    if cmd == "litellm":
        cfg = {"model_list": [{"model_name": MODEL, "litellm_params": {"model": f"openai/{MODEL}", "api_base": f"http://127.0.0.1:{UPSTREAM_PORT}/v1", "api_key": "sk-up"}},
                              {"model_name": "stream-model", "litellm_params": {"model": f"openai/{MODEL}", "api_base": f"http://127.0.0.1:{UPSTREAM_PORT}/stream/v1", "api_key": "sk-up"}}],
               "litellm_settings": {"drop_params": True, "set_verbose": False}}
        (tmp / "litellm.yaml").write_text(yaml.safe_dump(cfg))
        procs.append(start([LITELLM, "--config", str(tmp / "litellm.yaml"), "--host", "127.0.0.1", "--port", str(LITELLM_PORT), "--num_workers", "1"],
                           PROXY_CORE, tmp / "litellm.log", env={"LITELLM_LOG": "ERROR", "LITELLM_MASTER_KEY": API_KEY}))
    elif cmd in ("gw-off", "gw-on", "gw-on@compare"):
        port = {"gw-off": GW_OFF_PORT, "gw-on": GW_ON_PORT, "gw-on@compare": GW_COMPARE_PORT}[cmd]
        env = {"PYTHONPATH": compare} if cmd == "gw-on@compare" else None
        for suffix, stream_up, p in (("", False, port), ("-stream", True, port + 10)):
            path = tmp / f"{cmd}{suffix}.yaml"
            path.write_text(yaml.safe_dump(gateway_config(cmd != "gw-off", stream_up)))
            procs.append(start([sys.executable, "-m", "llmops.cli", "gateway", "--config", str(path), "--listen", f"127.0.0.1:{p}", "--loop", loop],
                               PROXY_CORE, tmp / f"{cmd}{suffix}.log", env=env))
        stream_base = f"http://127.0.0.1:{port + 10}"
    elif cmd is not None:
        procs.append(start(cmd, PROXY_CORE, tmp / f"{name}.log"))
    return procs, base, stream_base


def _c1(url: str, lua: Path, procs: list[subprocess.Popen], duration: int) -> dict:
    """One c=1 round, with the proxy's CPU time per request (steadier than its p99)."""
    before = cpu_seconds(procs[0].pid) if procs else 0.0
    r = wrk(url, lua, 1, duration)
    if procs:
        r["cpu_us_per_request"] = round((cpu_seconds(procs[0].pid) - before) / r["requests"] * 1e6, 1)
    return r


def _median_round(rounds: list[dict]) -> dict:
    """The median of each c=1 figure over the rounds, and the range of p99."""
    out = {key: statistics.median(r[key] for r in rounds) for key in rounds[0] if isinstance(rounds[0][key], (int, float))}
    out["p99_ms_range"] = [min(r["p99_ms"] for r in rounds), max(r["p99_ms"] for r in rounds)]
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--ttft-requests", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=3, help="c=1 measurements per target, interleaved; the median is reported")
    parser.add_argument("--only", default="direct,nginx,litellm,gw-off,gw-on")
    parser.add_argument("--gateway-loop", default="auto", choices=("auto", "asyncio", "uvloop"))
    parser.add_argument("--out", default=str(HERE / "results.json"))
    parser.add_argument("--compare", metavar="SOURCE_ROOT",
                        help="also run every feature on from another tree (e.g. a git worktree's operator/ directory), as gw-on@compare, in the same rounds")
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # so `finally` stops what was started
    only = args.only.split(",")
    tmp = Path(tempfile.mkdtemp(prefix="gwbench-"))
    (tmp / "body.json").write_bytes(chat_request())
    lua = tmp / "post.lua"
    lua.write_text(WRK_LUA.format(body=tmp / "body.json", key=API_KEY))
    esc = lambda s: s.replace("'", "\\'").replace("\n", "\\n")  # noqa: E731
    (tmp / "upstream.conf").write_text(UPSTREAM_NGINX.format(tmp=tmp, port=UPSTREAM_PORT, answer=esc(ANSWER), stream=esc(stream_answer()), model=MODEL))
    (tmp / "proxy.conf").write_text(PROXY_NGINX.format(tmp=tmp, port=NGINX_PORT, upstream=UPSTREAM_PORT))
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    upstream = start([nginx, "-p", str(tmp), "-c", str(tmp / "upstream.conf")], LOADGEN_CORE, tmp / "upstream.log")
    results: dict[str, dict] = {}
    try:
        wait_http(f"http://127.0.0.1:{UPSTREAM_PORT}/v1/models")
        targets = {
            "direct": (None, f"http://127.0.0.1:{UPSTREAM_PORT}", f"http://127.0.0.1:{UPSTREAM_PORT}/stream"),
            "nginx": ([nginx, "-p", str(tmp), "-c", str(tmp / "proxy.conf")], f"http://127.0.0.1:{NGINX_PORT}", f"http://127.0.0.1:{NGINX_PORT}/stream"),
            "litellm": ("litellm", f"http://127.0.0.1:{LITELLM_PORT}", None),
            "gw-off": ("gw-off", f"http://127.0.0.1:{GW_OFF_PORT}", None),
            "gw-on": ("gw-on", f"http://127.0.0.1:{GW_ON_PORT}", None),
            "gw-on@compare": ("gw-on@compare", f"http://127.0.0.1:{GW_COMPARE_PORT}", None),
        }
        if args.compare:
            only.append("gw-on@compare")
        # Every target but LiteLLM runs at once (idle ones only wait on their sockets) so that
        # the c=1 rounds can alternate between them: a slow spell of the machine then lands on
        # all of them alike instead of on whichever target happened to be measured in it.
        running: dict[str, tuple[list[subprocess.Popen], str, str]] = {}
        try:
            for name in only:
                if name != "litellm":
                    running[name] = _launch(name, targets[name], tmp, nginx, args.gateway_loop, args.compare)
            for name, (procs, base, _) in running.items():
                wait_http(f"{base}/v1/chat/completions", data=chat_request())
                wrk(f"{base}/v1/chat/completions", lua, 1, 2)  # warm-up
            rounds: dict[str, list[dict]] = {name: [] for name in running}
            for i in range(args.rounds):
                for name, (procs, base, _) in running.items():
                    rounds[name].append(_c1(f"{base}/v1/chat/completions", lua, procs, args.duration))
                    print(f"round {i + 1}/{args.rounds} {name}: c=1 p50 {rounds[name][-1]['p50_ms']:.3f} ms, "
                          f"p99 {rounds[name][-1]['p99_ms']:.3f} ms", flush=True)
            for name, (procs, base, stream_base) in running.items():
                r = {"c1": _median_round(rounds[name]), "c1_rounds": rounds[name],
                     "c32": wrk(f"{base}/v1/chat/completions", lua, 32, args.duration)}
                r.update(ttft(f"{stream_base}/v1/chat/completions", args.ttft_requests))
                r["peak_rss_mib"] = round(peak_rss_mib(procs[0].pid), 1) if procs else None
                results[name] = r
                print(f"{name}: {json.dumps({k: v for k, v in r.items() if k != 'c1_rounds'})}", flush=True)
        finally:
            for procs, _, _ in running.values():
                for proc in procs:
                    stop(proc)
        if "litellm" in only:  # alone: it keeps busy even when idle, and is far from the others
            procs, base, _ = _launch("litellm", targets["litellm"], tmp, nginx, args.gateway_loop)
            try:
                wait_http(f"{base}/v1/chat/completions", data=chat_request())
                url = f"{base}/v1/chat/completions"
                wrk(url, lua, 1, 2)
                c1 = [_c1(url, lua, procs, args.duration) for _ in range(args.rounds)]
                r = {"c1": _median_round(c1), "c1_rounds": c1, "c32": wrk(url, lua, 32, args.duration)}
                body = json.loads(chat_request(stream=True))
                body["model"] = "stream-model"
                r.update(asyncio.run(_ttft_summary(url, json.dumps(body).encode(), args.ttft_requests)))
                r["peak_rss_mib"] = round(peak_rss_mib(procs[0].pid), 1)
                results["litellm"] = r
                print(f"litellm: {json.dumps({k: v for k, v in r.items() if k != 'c1_rounds'})}", flush=True)
            finally:
                for proc in procs:
                    stop(proc)
    finally:
        stop(upstream)
    results = {name: results[name] for name in only if name in results}
    Path(args.out).write_text(json.dumps(results, indent=2))
    print(table(results))
    return 0


async def _ttft_summary(url: str, body: bytes, n: int) -> dict:
    samples = sorted(await _ttft(url, body, n))
    return {"ttft_p50_ms": samples[len(samples) // 2], "ttft_p99_ms": samples[int(len(samples) * 0.99) - 1]}


def table(results: dict[str, dict]) -> str:
    direct = results.get("direct")
    lines = ["| target | p50 ms (c=1) | p99 ms (c=1) | p99 range over rounds | added p50 | added p99 | CPU us/req (c=1) | req/s (c=32) | TTFT p50 ms | added TTFT p50 | peak RSS MiB |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    for name, r in results.items():
        add50 = add99 = addttft = "-"
        if direct and name != "direct":
            add50 = f"{r['c1']['p50_ms'] - direct['c1']['p50_ms']:.3f}"
            add99 = f"{r['c1']['p99_ms'] - direct['c1']['p99_ms']:.3f}"
            addttft = f"{r['ttft_p50_ms'] - direct['ttft_p50_ms']:.3f}"
        cpu = r["c1"].get("cpu_us_per_request")
        cpu = f"{cpu:.0f}" if cpu is not None else "-"
        low, high = r["c1"].get("p99_ms_range", (r["c1"]["p99_ms"], r["c1"]["p99_ms"]))
        lines.append(f"| {name} | {r['c1']['p50_ms']:.3f} | {r['c1']['p99_ms']:.3f} | {low:.3f}-{high:.3f} | {add50} | {add99} | {cpu} | {r['c32']['rps']:.0f} | "
                     f"{r['ttft_p50_ms']:.3f} | {addttft} | {r['peak_rss_mib'] if r['peak_rss_mib'] is not None else '-'} |")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
