"""The cluster's Prometheus keeps its data across `cluster down` and `cluster up`."""

from __future__ import annotations

import json
import time
import urllib.parse
import urllib.request

from helpers import wait_for
from llmops.devcluster import cluster as devcluster
from llmops.devcluster.dataplane import control


def _query(base: str, q: str, at: float | None = None) -> list:
    params = {"query": q, **({"time": f"{at:.3f}"} if at else {})}
    try:
        with urllib.request.urlopen(f"{base}/api/v1/query?{urllib.parse.urlencode(params)}", timeout=5) as r:
            return json.load(r)["data"]["result"]
    except OSError:  # Prometheus still starting behind its forward
        return []


def test_prometheus_history_survives_a_restart_of_the_cluster(tmp_path, cluster):
    opts = control.Options(scrape_interval="1s")
    devcluster.up(tmp_path, nodes=1, gpus_per_node=1, data_plane=opts, log=lambda _m: None)
    try:
        prom = control.endpoints(tmp_path)["prometheus"]
        wait_for(lambda: _query(prom, 'up{job="prometheus"}'), timeout=30, what="Prometheus scraping itself")
        before = time.time()
    finally:
        devcluster.down(tmp_path, log=lambda _m: None)
    assert (tmp_path / "prometheus" / "data").is_dir()
    devcluster.up(tmp_path, nodes=1, gpus_per_node=1, data_plane=opts, log=lambda _m: None)
    try:
        prom = control.endpoints(tmp_path)["prometheus"]
        wait_for(lambda: _query(prom, "vector(1)"), timeout=30, what="Prometheus answering")
        rows = wait_for(lambda: _query(prom, 'up{job="prometheus"}', at=before), timeout=30,
                        what="the sample scraped before the restart")
        assert rows[0]["value"][1] == "1"
    finally:
        devcluster.down(tmp_path, log=lambda _m: None)
