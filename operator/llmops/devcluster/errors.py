"""What the cluster modules share without importing each other."""

from __future__ import annotations

FAKE_NODE_ANNOTATION = ("kwok.x-k8s.io/node", "fake")  # the nodes kwok manages


class ClusterError(RuntimeError):
    """The cluster could not be started; the message says which component and shows its log."""
