"""`llmops dev up` / `llmops dev down`: the main job, end to end, with visible progress.

Safe to re-run: a running cluster is reused, the CRDs are ours and re-applied, and the examples
are created only when absent, so an edit the user made (a real API key in the example Secret, a
changed spec) is never overwritten. Every failure ends in one line saying what went wrong and
what to do, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import Callable

from llmops.devcluster import build, cluster, kubectl
from llmops.devcluster.overlay import dev_overlay

Log = Callable[[str], None]


def _say(msg: str) -> None:
    print(f"[llmops dev {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


class StepError(RuntimeError):
    """A step of `dev up` failed: what failed, and what to do about it (one line)."""


def _fail(step: str, error: BaseException, todo: str) -> StepError:
    detail = str(error).strip().splitlines()
    if len(detail) > 1:  # a build's compiler output: show it above the one-line verdict
        for line in detail[1:]:
            print(f"  | {line}", file=sys.stderr)
    return StepError(f"{step}: {detail[0] if detail else type(error).__name__}. {todo}")


def apply_examples(kubeconfig: str, namespace: str, examples: Path, log: Log = _say,
                   overlay: bool = False) -> dict[str, str]:
    """Create each example object that does not exist yet; keep every one that does. With
    `overlay` (the local cluster), External providers are replaced by local stand-ins.

    Returns "Kind/name" -> "created" or "kept".
    """
    kubectl.run(kubeconfig, "create", "namespace", namespace, check=False)
    done = {}
    objs = list(kubectl.manifests(examples))
    for path, obj in (dev_overlay(objs, namespace) if overlay else objs):
        key = f"{obj.get('kind')}/{obj.get('metadata', {}).get('name')}"
        try:
            created = kubectl.create_if_absent(kubeconfig, namespace, obj)
        except kubectl.KubectlError as e:
            raise StepError(f"{e} (in {path}). Fix the manifest, or remove it from {examples}") from None
        done[key] = "created" if created else "kept"
        log(f"  {key}: {'created' if created else 'exists, kept as it is'}")
    return done


def _up(args: argparse.Namespace) -> int:
    from llmops.devcluster.paths import repo_root

    _say("1/5 building the control plane binaries that are missing")
    try:
        build.build_all()
    except build.BuildError as e:
        raise _fail("building the control plane failed", e,
                    "Fix the cause shown above (Go toolchain, network to the Go module proxy), then re-run") from None

    st = cluster.ClusterState.load(args.state_dir)
    if st and st.procs and all(st.running().values()):
        _say(f"2/5 cluster already running from {st.dir}")
    else:
        _say("2/5 starting the local cluster")
        try:
            st = cluster.up(args.state_dir, nodes=args.nodes, gpus_per_node=args.gpus_per_node)
        except cluster.ClusterError as e:
            raise _fail("starting the cluster failed", e,
                        f"See the logs in {Path(args.state_dir) / 'logs'}; `llmops dev down` clears the state") from None
    kc = st.kubeconfig

    _say("3/5 installing the CRDs")
    try:
        for name in kubectl.apply_crds(kc, repo_root() / "crds"):
            _say(f"  established {name}")
    except kubectl.KubectlError as e:
        raise _fail("installing the CRDs failed", e,
                    "Run `llmops crds --check`; if the cluster is broken, `llmops dev down` and re-run") from None

    if args.no_operator:
        _say("4/5 operator not started (--no-operator)")
    else:
        from llmops.devcluster import operatorproc

        prometheus = operatorproc.data_plane_prometheus(st)
        _say(f"4/5 starting the operator (Prometheus for analysis and budgets: {prometheus or 'none: the data plane has not written it'})")
        try:
            operatorproc.start(st, namespaces=[args.namespace], prometheus_url=prometheus)
        except OSError as e:
            raise _fail("starting the operator failed", e, f"See {st.logs_dir}/operator.log") from None

    _say(f"5/5 applying the examples into namespace {args.namespace} (creating only what is not there yet)")
    from llmops.devcluster.dataplane.podspec import DATA_PLANE_ENABLED, DATA_PLANE_LABEL

    # In the data plane before the first pod exists: its pods start their processes at once
    # instead of turning Ready empty and being started afterwards.
    kubectl.run(kc, "create", "namespace", args.namespace, check=False)
    kubectl.run(kc, "label", "namespace", args.namespace, f"{DATA_PLANE_LABEL}={DATA_PLANE_ENABLED}",
                "--overwrite", check=False)
    apply_examples(kc, args.namespace, args.examples, overlay=True)
    current = kubectl.context_namespace(kc)
    if current in ("", "default"):  # as the cluster wrote it; a namespace the user chose stays
        kubectl.set_context_namespace(kc, args.namespace)
        current = args.namespace
    _say(f"  the kubeconfig's context defaults to namespace {current}")
    if not args.no_operator:
        from llmops.devcluster import operatorproc

        operatorproc.wait_ready(kc, args.namespace, log=_say)

    table = kubectl.run(kc, "get", "llmops", "-n", args.namespace, "-o", "wide", check=False)
    print(table.stdout or table.stderr)
    print(f"export KUBECONFIG={kc}")
    from llmops.devcluster.dataplane import devsummary

    devsummary.finish(st.dir, kc, args.namespace, _say)
    return 0


def _guarded(step: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Run a command; turn every failure into one line on stderr and exit 1 (130 on Ctrl-C)."""
    try:
        return step(args)
    except StepError as e:
        print(f"error: {e}", file=sys.stderr)
    except (kubectl.KubectlError, cluster.ClusterError, build.BuildError) as e:
        print(f"error: {kubectl.first_error_line(str(e))}. Re-run `llmops dev up`; "
              "if it fails again, `llmops dev down` and re-run", file=sys.stderr)
    except KeyboardInterrupt:
        print("interrupted; what was started keeps running: `llmops dev down` stops it", file=sys.stderr)
        return 130
    except Exception as e:  # noqa: BLE001 - the promise is one line, never a traceback
        if os.environ.get("LLMOPS_DEBUG"):
            raise
        print(f"error: unexpected {type(e).__name__}: {kubectl.first_error_line(str(e))}. "
              "Re-run with LLMOPS_DEBUG=1 for the traceback and report it", file=sys.stderr)
    return 1


def up(args: argparse.Namespace) -> int:
    return _guarded(_up, args)


def _down(args: argparse.Namespace) -> int:
    st = cluster.ClusterState.load(args.state_dir)
    if st is not None:
        from llmops.devcluster import operatorproc

        operatorproc.stop(st)
    cluster.down(args.state_dir, purge=True)
    return 0


def down(args: argparse.Namespace) -> int:
    return _guarded(_down, args)
