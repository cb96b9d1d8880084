"""The data plane of the local cluster: a stand-in for the kubelet's container runtime.

kwok's pods run nothing. For pods that carry the gateway container, in namespaces labelled
`llmops.dev/data-plane=enabled`, the stand-in runs the real `llmops gateway` and a simulator in
place of the engine, each pod in its own network and mount namespace; it projects the pod's
ConfigMap and Secret volumes with the kubelet's layout, balances Services over ready pods, and
writes the pods' readiness. See docs/devcluster.md.
"""
