"""The kubelet's layout of a projected ConfigMap/Secret volume and its atomic ..data swap."""

from __future__ import annotations

import base64
import os
import threading

import pytest

from llmops.devcluster.dataplane import projection


def test_first_projection_has_the_kubelet_layout(tmp_path):
    assert projection.project(tmp_path, {"gateway.yaml": b"a: 1\n"}) is True
    data = tmp_path / "..data"
    assert data.is_symlink()
    target = os.readlink(data)
    assert target.startswith("..20") and (tmp_path / target).is_dir()
    assert os.readlink(tmp_path / "gateway.yaml") == "..data/gateway.yaml"
    assert (tmp_path / "gateway.yaml").read_bytes() == b"a: 1\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([target, "..data", "gateway.yaml"])


def test_an_update_swaps_data_and_keeps_the_key_symlink(tmp_path):
    projection.project(tmp_path, {"gateway.yaml": b"v1"}, now=1000.0)
    first = os.readlink(tmp_path / "..data")
    ino = os.stat(tmp_path / "gateway.yaml").st_ino
    assert projection.project(tmp_path, {"gateway.yaml": b"v2"}, now=1001.0) is True
    second = os.readlink(tmp_path / "..data")
    assert second != first and not (tmp_path / first).exists()  # the old payload is gone
    assert os.readlink(tmp_path / "gateway.yaml") == "..data/gateway.yaml"
    assert (tmp_path / "gateway.yaml").read_bytes() == b"v2"
    assert os.stat(tmp_path / "gateway.yaml").st_ino != ino  # what a stat-polling reader notices


def test_unchanged_content_does_not_swap(tmp_path):
    projection.project(tmp_path, {"k": b"same"})
    before = os.readlink(tmp_path / "..data")
    assert projection.project(tmp_path, {"k": b"same"}) is False
    assert os.readlink(tmp_path / "..data") == before


def test_removed_keys_lose_their_symlink_and_nested_paths_link_their_top_dir(tmp_path):
    projection.project(tmp_path, {"a": b"1", "b": b"2"})
    projection.project(tmp_path, {"a": b"1", "sub/c": b"3"})
    assert not (tmp_path / "b").exists() and not (tmp_path / "b").is_symlink()
    assert os.readlink(tmp_path / "sub") == "..data/sub"
    assert (tmp_path / "sub" / "c").read_bytes() == b"3"
    assert projection.current(tmp_path) == {"a": b"1", "sub/c": b"3"}


def test_two_swaps_within_one_clock_tick_get_distinct_payloads(tmp_path):
    projection.project(tmp_path, {"k": b"1"}, now=5.0)
    projection.project(tmp_path, {"k": b"2"}, now=5.0)
    assert (tmp_path / "k").read_bytes() == b"2"


@pytest.mark.parametrize("bad", ["/etc/passwd", "../x", "..data/x", "a/../../b"])
def test_paths_the_kubelet_refuses_are_refused(tmp_path, bad):
    with pytest.raises(projection.ProjectionError):
        projection.project(tmp_path, {bad: b"x"})


def test_payload_of_a_secret_decodes_and_items_select_and_rename():
    secret = {"data": {"token": base64.b64encode(b"s3cret").decode(), "other": base64.b64encode(b"o").decode()}}
    assert projection.payload_of(secret, None, binary=True) == {"token": b"s3cret", "other": b"o"}
    assert projection.payload_of(secret, [{"key": "token", "path": "keys/t"}], binary=True) == {"keys/t": b"s3cret"}
    cm = {"data": {"gateway.yaml": "x: 1"}, "binaryData": {"blob": base64.b64encode(b"\0\1").decode()}}
    assert projection.payload_of(cm, None, binary=False) == {"gateway.yaml": b"x: 1", "blob": b"\0\1"}
    with pytest.raises(projection.ProjectionError, match="missing"):
        projection.payload_of(cm, [{"key": "missing"}], binary=False)


def test_a_reader_during_many_swaps_always_sees_one_whole_version(tmp_path):
    versions = [(f"version {i} " * 2000).encode() for i in range(40)]
    projection.project(tmp_path, {"gateway.yaml": versions[0]})
    seen: list[bytes] = []
    stop = threading.Event()

    def read() -> None:
        while not stop.is_set():
            try:
                seen.append((tmp_path / "gateway.yaml").read_bytes())
            except FileNotFoundError:
                # the kubelet's own window: a path walk that resolved ..data just before the
                # swap can find the old payload already removed; a torn read is what must never be
                pass

    t = threading.Thread(target=read)
    t.start()
    for v in versions[1:]:
        projection.project(tmp_path, {"gateway.yaml": v})
    stop.set()
    t.join()
    assert seen and set(seen) <= set(versions)
