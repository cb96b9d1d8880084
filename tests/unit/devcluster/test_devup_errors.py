"""`llmops dev up` turns every failure into one line with what to do, never a traceback."""

from __future__ import annotations

import argparse

import pytest

from llmops.devcluster import build, cluster, devup, kubectl


def _args(tmp_path) -> argparse.Namespace:
    return argparse.Namespace(state_dir=tmp_path, nodes=1, gpus_per_node=1, examples=tmp_path,
                              namespace="llmops-demo", no_operator=True)


def _last_line(capsys) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return err.strip().splitlines()[-1]


class _Running:
    """A cluster state that says it is running (so `up` skips starting one)."""

    dir, kubeconfig, procs, logs_dir = "/state", "/state/kubeconfig", {"etcd": 1}, "/state/logs"

    def running(self):
        return {"etcd": True}


def test_build_failure_is_one_line_after_the_compiler_output(tmp_path, monkeypatch, capsys):
    def fail(**_):
        raise build.BuildError("building etcd v3.6.16 failed (exit 1):\ngo: module lookup disabled")

    monkeypatch.setattr(build, "build_all", fail)
    assert devup.up(_args(tmp_path)) == 1
    err = capsys.readouterr().err
    assert "  | go: module lookup disabled" in err and "Traceback" not in err
    last = err.strip().splitlines()[-1]
    assert last.startswith("error: building the control plane failed: building etcd v3.6.16 failed")
    assert "re-run" in last


def test_kubectl_failure_names_the_step_and_what_to_do(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(build, "build_all", lambda **_: {})
    monkeypatch.setattr(cluster.ClusterState, "load", staticmethod(lambda _d: _Running()))

    def conflict(*_a, **_k):
        raise kubectl.KubectlError("kubectl apply --server-side failed: Apply failed with 1 conflict")

    monkeypatch.setattr(kubectl, "apply_crds", conflict)
    assert devup.up(_args(tmp_path)) == 1
    last = _last_line(capsys)
    assert last.startswith("error: installing the CRDs failed: kubectl apply --server-side failed: Apply failed")
    assert "llmops dev down" in last


def test_an_unexpected_error_is_one_line_too(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(build, "build_all", lambda **_: {})

    def broken(_d):
        raise ValueError("state.json: Expecting value: line 1 column 1")

    monkeypatch.setattr(cluster.ClusterState, "load", staticmethod(broken))
    monkeypatch.delenv("LLMOPS_DEBUG", raising=False)
    assert devup.up(_args(tmp_path)) == 1
    last = _last_line(capsys)
    assert last.startswith("error: unexpected ValueError: state.json") and "LLMOPS_DEBUG=1" in last


def test_debug_shows_the_traceback(tmp_path, monkeypatch):
    monkeypatch.setattr(build, "build_all", lambda **_: {})
    monkeypatch.setattr(cluster.ClusterState, "load", staticmethod(lambda _d: 1 / 0))
    monkeypatch.setenv("LLMOPS_DEBUG", "1")
    with pytest.raises(ZeroDivisionError):
        devup.up(_args(tmp_path))


@pytest.mark.parametrize("stderr, expected", [
    ('The LLMDeployment "bad" is invalid: \n* spec.engine.type: Unsupported value: "Vllm"\n'
     '* spec.replicas: Invalid value: -1\n',
     'The LLMDeployment "bad" is invalid: spec.engine.type: Unsupported value: "Vllm"; spec.replicas: Invalid value: -1'),
    ("error: the server doesn't have a resource type \"llmd\"\n", 'error: the server doesn\'t have a resource type "llmd"'),
    ("", "no output"),
])
def test_kubectl_errors_become_one_line(stderr, expected):
    assert kubectl.first_error_line(stderr) == expected
