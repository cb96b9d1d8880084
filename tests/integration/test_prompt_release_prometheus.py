"""The canary analysis against a real Prometheus (the cached v0.316.0 binary): synthetic
gateway-shaped series pushed with chosen timestamps through its remote-write receiver, the
query layer's exact counts (a counter reset and a pod replaced in the window, a version with no
traffic), InvalidQuery on a query Prometheus refuses, PrometheusUnavailable when it is gone;
then the real operator rolling back a canary made worse, holding while Prometheus is stopped
and continuing when it is back."""

from __future__ import annotations

import struct
import subprocess
import threading
import time
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from helpers import condition, events_for, wait_for
from llmops.devcluster.processes import free_port
from llmops.devcluster.versions import cache_root
from test_prompt_release import apply, get_pver, pver, served, serving_llmd, status

from llmops.controller.analysis import RunVerdict, Why
from llmops.controller.prometheus import Analyst, PromClient, SeriesCache, measure
from operator_proc import start_operator

PROMETHEUS = cache_root() / "prometheus" / "v0.316.0" / "bin" / "prometheus"
NS = "ns-analysis"


# -- remote write: a WriteRequest in protobuf, framed as snappy (literal blocks only) ----------

def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        out.append(b | (0x80 if n else 0))
        if not n:
            return bytes(out)


def _field(number: int, payload: bytes) -> bytes:  # length-delimited field
    return _varint(number << 3 | 2) + _varint(len(payload)) + payload


def write_request(series: list[tuple[dict[str, str], list[tuple[float, float]]]]) -> bytes:
    """prometheus.WriteRequest{timeseries: [{labels: [{name, value}], samples: [{value, timestamp}]}]}"""
    body = b""
    for labels, samples in series:
        ts = b"".join(_field(1, _field(1, k.encode()) + _field(2, v.encode())) for k, v in sorted(labels.items()))
        for t, v in samples:
            ts += _field(2, b"\x09" + struct.pack("<d", v) + b"\x10" + _varint(int(t * 1000)))
        body += _field(1, ts)
    return body


def snappy_literal(data: bytes) -> bytes:
    """Snappy's block format with literal chunks only: valid, just not compressed."""
    out = bytearray(_varint(len(data)))
    for i in range(0, len(data), 65536):
        chunk = data[i:i + 65536]
        n = len(chunk) - 1
        out += bytes([n << 2]) if n < 60 else bytes([61 << 2]) + struct.pack("<H", n)
        out += chunk
    return bytes(out)


class Prom:
    """A Prometheus on a free loopback port, scrape interval 1s, remote-write receiver on."""

    def __init__(self, tmp: Path) -> None:
        if not PROMETHEUS.exists():
            pytest.fail(f"no Prometheus binary at {PROMETHEUS} (the data plane's build puts it there)", pytrace=False)
        self.dir, self.port, self.proc = tmp, free_port(), None
        (tmp / "prometheus.yml").write_text("global: {scrape_interval: 1s, evaluation_interval: 1s}\n")
        self.url = f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.log = open(self.dir / "prometheus.log", "ab")
        self.proc = subprocess.Popen([str(PROMETHEUS), f"--config.file={self.dir / 'prometheus.yml'}",
                                      f"--web.listen-address=127.0.0.1:{self.port}",
                                      f"--storage.tsdb.path={self.dir / 'data'}", "--web.enable-remote-write-receiver"],
                                     stdout=self.log, stderr=subprocess.STDOUT)
        wait_for(self.ready, timeout=30, what="Prometheus ready")

    def ready(self) -> bool:
        try:
            return urllib.request.urlopen(f"{self.url}/-/ready", timeout=1).status == 200
        except OSError:
            return False

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(15)
            self.log.close()

    def push(self, series) -> None:
        req = urllib.request.Request(f"{self.url}/api/v1/write", data=snappy_literal(write_request(series)),
                                     headers={"Content-Encoding": "snappy", "Content-Type": "application/x-protobuf",
                                              "X-Prometheus-Remote-Write-Version": "0.1.0"})
        assert urllib.request.urlopen(req, timeout=5).status == 204


@pytest.fixture
def prom(tmp_path):
    p = Prom(tmp_path)
    p.start()
    yield p
    p.stop()


def requests_series(version, pod, code, samples, namespace=NS):
    return ({"__name__": "llmops_gateway_requests_total", "namespace": namespace, "pod": pod, "deployment": "d",
             "model": "m", "prompt_version": version, "code": code}, samples)


def ramp(t0, n, start=0.0, step=1.0, every=1.0):
    return [(t0 + i * every, start + i * step) for i in range(n)]


# -- the query layer ------------------------------------------------------------------------------

def test_exact_counts_with_a_reset_a_replaced_pod_and_a_version_without_traffic(prom):
    now = time.time()
    since = now - 30
    t0 = since - 10  # history before the window: its baseline
    prom.push([
        # v2 on pod a: 100 before the window, +1/s for 40 s, then the process restarts (reset) at t0+25
        requests_series("v2", "a", "200", ramp(t0, 25, 100) + ramp(t0 + 25, 15, 0)),
        # v2's 5xx born inside the window (the first sample, 3, counts)
        requests_series("v2", "a", "502", [(since + 5, 3.0), (since + 10, 5.0)]),
        # v1: pod b replaced by pod c inside the window
        requests_series("v1", "b", "200", ramp(t0, 20, 1000, 2)),
        requests_series("v1", "c", "200", ramp(since + 12, 10, 0, 3)),
        # another namespace's series with the same version name is not counted
        requests_series("v2", "z", "200", ramp(t0, 40, 0, 50), namespace="elsewhere"),
    ])
    c = PromClient(prom.url)
    wait_for(lambda: c.query('count(llmops_gateway_requests_total)', datetime.now(UTC))["result"], what="the series")
    at, start = datetime.fromtimestamp(now + 1, UTC), datetime.fromtimestamp(since, UTC)
    queries, cache = c.queries, SeriesCache(c)
    m = measure(cache, NS, ["v2", "v1", "v3"], ("requests",), start, at, scrape=5.0)
    assert c.queries - queries == 1  # one query for every version, pod and code
    again = measure(cache, NS, ["v1", "v2"], ("requests",), start, at, scrape=5.0)  # another canary, same interval
    assert c.queries - queries == 1 and again.versions["v1"] == m.versions["v1"]
    # pod a 200: samples at t0+11..t0+24 are after `since` (t0+10): 110 -> 124 = +14; reset: 0..14 = +14 -> 28
    assert m.versions["v2"].requests == 28 + 5 and m.versions["v2"].errors == 5
    # pod b: 1020 at t0+10 baseline, last 1038 at t0+19 -> +18; pod c: born in the window, 0..27 -> 27
    assert m.versions["v1"].requests == 18 + 27 and m.versions["v1"].errors == 0
    assert m.versions["v3"].requests == 0


def analysis_spec(**metric):
    return {"spec": {"prompt": "p", "release": {"strategy": "Canary", "steps": [{"weight": 10, "pause": "1m"}],
                                                "analysis": {"interval": "5s", "minSamples": 10, "failureLimit": 0,
                                                             "metrics": [metric]}}}}


def test_a_query_prometheus_refuses_is_invalid_query_and_a_stopped_one_unavailable(prom):
    now = datetime.now(UTC)
    prom.push([requests_series(v, "a", "200", ramp(now.timestamp() - 30, 30, 0, 5)) for v in ("v1", "v2")])
    c = PromClient(prom.url)
    wait_for(lambda: c.query('count(llmops_gateway_requests_total)', datetime.now(UTC))["result"], what="the series")
    since = now - timedelta(seconds=25)
    bad = Analyst(c).for_prompt(NS, {"v2": analysis_spec(name="q", prometheus={"query": "sum(rate(x[{{ window }}]"},
                                                                    max="1")})
    run = bad("v2", "v1", since, now)
    assert (run.verdict, run.reason) == (RunVerdict.INCONCLUSIVE, Why.INVALID_QUERY) and "parse error" in run.message
    ok = Analyst(c).for_prompt(NS, {"v2": analysis_spec(
        name="q", prometheus={"query": 'sum(llmops_gateway_requests_total{prompt_version="{{ version }}"})'}, min="1")})
    run = ok("v2", "v1", since, now)
    assert run.verdict == RunVerdict.PASSED and run.samples[0] >= 10
    prom.stop()
    run = Analyst(PromClient(prom.url)).for_prompt(NS, {"v2": analysis_spec(name="ErrorRate", max="0.1")})(
        "v2", "v1", since, now)
    assert (run.verdict, run.reason) == (RunVerdict.INCONCLUSIVE, Why.UNREACHABLE)


# -- the operator with --prometheus-url ------------------------------------------------------------

class Traffic:
    """Live gateway-shaped counters for some versions, pushed every 0.5 s with the current time."""

    def __init__(self, prom: Prom, namespace: str, rates: dict[str, tuple[float, float]]) -> None:
        self.prom, self.ns, self.rates = prom, namespace, dict(rates)  # version -> (requests/s, error share)
        self.totals: dict[tuple[str, str], float] = {}
        self.stop_event = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)

    def run(self) -> None:
        while not self.stop_event.wait(0.5):
            t = time.time()
            series = []
            for v, (rps, err) in self.rates.items():
                for code, share in (("200", 1 - err), ("500", err)):
                    key = (v, code)
                    self.totals[key] = self.totals.get(key, 0.0) + rps * 0.5 * share
                    series.append(requests_series(v, "gw-0", code, [(t, round(self.totals[key]))], self.ns))
            try:
                self.prom.push(series)
            except (OSError, AssertionError):
                pass  # Prometheus stopped on purpose: the counters go on, as a gateway's would

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.stop_event.set()
        self.thread.join(5)


def canary_with_analysis(name, pause="1h", metric=None, prompt="support"):
    return pver(name, {"strategy": "Canary", "steps": [{"weight": 50, "pause": pause}],
                       "analysis": {"interval": "2s", "minSamples": 40, "failureLimit": 1,
                                    "metrics": [metric or {"name": "ErrorRate", "max": "0.05"}]}}, prompt=prompt)


def test_a_worse_canary_is_rolled_back_after_min_samples_and_a_bad_query_holds(cluster, crds, namespace, prom,
                                                                                tmp_path):
    op = start_operator(cluster.kubeconfig, [namespace], tmp_path, extra_args=(f"--prometheus-url={prom.url}",))
    try:
        with Traffic(prom, namespace, {"v1": (20, 0.0), "v2": (10, 0.3), "q1": (20, 0.0), "q2": (20, 0.0)}):
            apply(cluster, namespace, serving_llmd(), pver("v1"), pver("q1", prompt="quality"))
            wait_for(lambda: served(cluster, namespace) == {"v1": 100}, what="v1 stable")
            wait_for(lambda: status(cluster, namespace, "q1").get("phase") == "Promoted", what="q1 stable")
            apply(cluster, namespace, canary_with_analysis("v2"),
                  canary_with_analysis("q2", prompt="quality", metric={
                      "name": "quality", "prometheus": {"query": "sum(rate(nope[{{ window }}])"}, "min": "0.8"}))
            wait_for(lambda: served(cluster, namespace) == {"v2": 50, "v1": 50}, what="v2 at 50%")
            seen = []

            def rolled_back():
                a = status(cluster, namespace, "v2").get("analysis") or {}
                seen.append(((a.get("samples") or {}).get("canary"), a.get("failures"), a.get("verdict")))
                return status(cluster, namespace, "v2").get("phase") == "RolledBack"
            wait_for(rolled_back, timeout=60, interval=0.2, what="v2 rolled back")
            st = status(cluster, namespace, "v2")
            assert st["weight"] == 0 and st["analysis"]["failures"] == 2 and st["analysis"]["samples"]["canary"] >= 40
            # no run counted as a failure before minSamples was reached
            assert all(f in (None, 0) for samples, f, _ in seen if samples is not None and samples < 40)
            assert any(v == "Inconclusive" and s is not None and s < 40 for s, _, v in seen)  # waited for samples
            failed = next(r for r in st["analysis"]["results"] if r["metric"] == "ErrorRate")
            assert not failed["passed"] and float(failed["value"]) > 0.05
            wait_for(lambda: served(cluster, namespace) == {"v1": 100}, what="v2 at 0% in the gateway config")
            ev = next(e for e in events_for(cluster, namespace, "v2") if e["reason"] == "RolledBack")
            assert "ErrorRate 0.3" in ev["message"] or "ErrorRate 0.2" in ev["message"]
            # counted once for the alert rule (LLMOpsCanaryRolledBack)
            rollbacks = {dict(ls)["version"]: v for (n, ls), v in op.metrics().items()
                         if n == "llmops_operator_prompt_rollbacks_total"}
            assert rollbacks == {"v2": 1.0}
            # the custom query Prometheus refuses holds its canary at its weight, stalled
            wait_for(lambda: (condition(get_pver(cluster, namespace, "q2"), "Ready") or {}).get("reason") == "InvalidQuery",
                     what="q2 InvalidQuery")
            q2 = status(cluster, namespace, "q2")
            assert (q2["phase"], q2["weight"]) == ("Progressing", 50)
            assert condition(get_pver(cluster, namespace, "q2"), "Stalled")["status"] == "True"
    finally:
        op.stop()


def test_prometheus_stopped_mid_canary_holds_it_and_started_again_it_continues(cluster, crds, namespace, prom,
                                                                                tmp_path):
    op = start_operator(cluster.kubeconfig, [namespace], tmp_path, extra_args=(f"--prometheus-url={prom.url}",))
    try:
        with Traffic(prom, namespace, {"v1": (40, 0.0), "v2": (40, 0.0)}):
            apply(cluster, namespace, pver("v1"))
            wait_for(lambda: status(cluster, namespace, "v1").get("phase") == "Promoted", what="v1 stable")
            prom.stop()
            apply(cluster, namespace, canary_with_analysis("v2", pause="3s"))
            wait_for(lambda: (condition(get_pver(cluster, namespace, "v2"), "Ready") or {}).get("reason")
                     == "PrometheusUnavailable", timeout=30, what="v2 holding: Prometheus unavailable")
            time.sleep(4)  # the pause is over: still held, never promoted blind
            assert status(cluster, namespace, "v2")["phase"] == "Progressing"
            prom.start()
            wait_for(lambda: status(cluster, namespace, "v2").get("phase") == "Promoted", timeout=40,
                     what="v2 promoted once Prometheus answers again")
            assert status(cluster, namespace, "v1")["phase"] == "Superseded"
    finally:
        op.stop()
