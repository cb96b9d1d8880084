"""A real Prometheus for budget tests: started on a free loopback port with the remote-write
receiver on, so a test pushes counter samples with the timestamps it chooses (resets and gaps
included) instead of waiting for scrapes.

Remote write 1.0 is a snappy-compressed protobuf `WriteRequest`. Both are written here by hand
(a few lines each) rather than adding protobuf and snappy packages for a test helper: the
message has three nested types, and a snappy block made of literals only is a valid block."""

from __future__ import annotations

import json
import shutil
import struct
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from llmops.devcluster.processes import free_port

BINARY = Path.home() / ".cache/llmops/prometheus/v0.316.0/bin/prometheus"


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def _field(number: int, payload: bytes) -> bytes:  # wire type 2: length-delimited
    return _varint(number << 3 | 2) + _varint(len(payload)) + payload


def _sample(value: float, ts_ms: int) -> bytes:
    # Sample{double value = 1; int64 timestamp = 2}
    return b"\x09" + struct.pack("<d", value) + b"\x10" + _varint(ts_ms & 0xFFFFFFFFFFFFFFFF)


def write_request(series: list[tuple[dict[str, str], list[tuple[float, float]]]]) -> bytes:
    """WriteRequest{repeated TimeSeries timeseries = 1}; TimeSeries{repeated Label labels = 1;
    repeated Sample samples = 2}; Label{string name = 1; string value = 2}. Labels sorted by name,
    as the receiver expects. Samples are (unix seconds, value)."""
    body = b""
    for labels, samples in series:
        ts = b"".join(_field(1, _field(1, k.encode()) + _field(2, v.encode())) for k, v in sorted(labels.items()))
        ts += b"".join(_field(2, _sample(v, int(round(t * 1000)))) for t, v in samples)
        body += _field(1, ts)
    return body


def snappy_literal(data: bytes) -> bytes:
    """A snappy block: the uncompressed length, then literal chunks of at most 60 bytes' length
    tag form (tag byte 60 + 1-byte length up to 256, 61 + 2-byte length beyond)."""
    out = bytearray(_varint(len(data)))
    for i in range(0, len(data), 65536):
        chunk = data[i:i + 65536]
        n = len(chunk) - 1
        if n < 60:
            out.append(n << 2)
        elif n < 256:
            out += bytes([60 << 2, n])
        else:
            out += bytes([61 << 2]) + struct.pack("<H", n)
        out += chunk
    return bytes(out)


@dataclass
class Prometheus:
    data_dir: Path
    port: int = 0
    proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 30) -> "Prometheus":
        self.port = self.port or free_port()
        self.data_dir.mkdir(parents=True, exist_ok=True)
        cfg = self.data_dir / "prometheus.yml"
        # out_of_order_time_window: a test may push a pod's samples after another pod's later ones
        cfg.write_text("global: {scrape_interval: 15s}\nstorage: {tsdb: {out_of_order_time_window: 2h}}\n")
        log = open(self.data_dir / "prometheus.log", "ab")
        self.proc = subprocess.Popen(
            [str(BINARY), f"--config.file={cfg}", f"--web.listen-address=127.0.0.1:{self.port}",
             f"--storage.tsdb.path={self.data_dir / 'tsdb'}", "--web.enable-remote-write-receiver"],
            stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if urllib.request.urlopen(f"{self.url}/-/ready", timeout=1).status == 200:
                    return self
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(f"Prometheus did not become ready:\n{(self.data_dir / 'prometheus.log').read_text()[-2000:]}")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self.proc = None

    def wipe(self) -> None:
        """Lose every stored sample (a Prometheus on an emptyDir that was rescheduled)."""
        self.stop()
        shutil.rmtree(self.data_dir / "tsdb", ignore_errors=True)

    def push(self, series: list[tuple[dict[str, str], list[tuple[float, float]]]]) -> None:
        req = urllib.request.Request(
            f"{self.url}/api/v1/write", data=snappy_literal(write_request(series)), method="POST",
            headers={"Content-Type": "application/x-protobuf", "Content-Encoding": "snappy",
                     "X-Prometheus-Remote-Write-Version": "0.1.0"})
        try:
            urllib.request.urlopen(req, timeout=10).read()
        except urllib.error.HTTPError as e:
            raise RuntimeError(f"remote write refused: {e.code} {e.read().decode()}") from None

    def query(self, promql: str, at: float | None = None) -> list[dict]:
        params = {"query": promql, **({"time": f"{at:.3f}"} if at is not None else {})}
        with urllib.request.urlopen(f"{self.url}/api/v1/query?{urllib.parse.urlencode(params)}", timeout=10) as r:
            return json.loads(r.read())["data"]["result"]
