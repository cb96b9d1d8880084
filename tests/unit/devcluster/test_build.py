"""The generated tools module and version handling (pure parts of the builder)."""

from llmops.devcluster import build, versions
from llmops.devcluster.versions import KubeVersion


def test_staging_replacements_match_the_kubernetes_minor():
    gomod = build.kube_tools_gomod(KubeVersion("v1.37.2"))
    assert "require k8s.io/kubernetes v1.37.2" in gomod
    assert "replace k8s.io/client-go => k8s.io/client-go v0.37.2" in gomod
    assert "replace k8s.io/streaming => k8s.io/streaming v0.37.2" in gomod
    assert gomod.count("replace ") == 33


def test_streaming_modules_only_since_1_36():
    mods = KubeVersion("v1.35.4").staging_modules()
    assert "streaming" not in mods and "cri-streaming" not in mods
    assert len(mods) == 31
    assert "replace k8s.io/api => k8s.io/api v0.35.4" in build.kube_tools_gomod(KubeVersion("v1.35.4"))


def test_version_is_stamped_for_both_version_packages():
    flags = build._ldflags_kube(KubeVersion("v1.36.3"))
    for pkg in ("k8s.io/component-base/version", "k8s.io/client-go/pkg/version"):
        assert f"-X {pkg}.gitVersion=v1.36.3" in flags
        assert f"-X {pkg}.gitMinor=36" in flags


def test_cache_is_keyed_by_component_and_version(tmp_path, monkeypatch):
    monkeypatch.setenv("LLMOPS_CACHE", str(tmp_path))
    assert versions.bin_dir("k8s", "v1.37.2") == tmp_path / "k8s" / "v1.37.2" / "bin"


def test_find_kubernetes_prefers_newest_complete_build(tmp_path, monkeypatch):
    monkeypatch.setenv("LLMOPS_CACHE", str(tmp_path))
    assert build.find_kubernetes() is None
    for tag in ("v1.36.3", "v1.37.2"):
        for p in build.kube_binaries(KubeVersion(tag)).values():
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text("")
    build.kube_binaries(KubeVersion("v1.37.2"))["kubectl"].unlink()  # incomplete: skipped
    assert build.find_kubernetes() == KubeVersion("v1.36.3")


def test_build_all_falls_back_to_an_older_kubernetes_and_says_why(tmp_path, monkeypatch):
    monkeypatch.setenv("LLMOPS_CACHE", str(tmp_path))
    tried, said = [], []

    def fake_kube(v, log):
        tried.append(v.tag)
        if v.tag == "v1.37.2":
            raise build.BuildError("go: k8s.io/kubernetes@v1.37.2 requires go >= 1.27")
        return {"kube-apiserver": tmp_path / "x"}

    monkeypatch.setattr(build, "build_kubernetes", fake_kube)
    for name in ("build_etcd", "build_kwok", "build_helm", "build_prometheus", "build_inference_sim"):
        monkeypatch.setattr(build, name, lambda log, _n=name: tmp_path / _n)
    paths = build.build_all(log=said.append)
    assert tried == ["v1.37.2", "v1.36.3"]
    assert any("v1.37.2 did not build; falling back" in s and "requires go" in s for s in said)
    assert set(paths) >= {"kube-apiserver", "etcd", "kwok", "helm", "prometheus", "llm-d-inference-sim"}


def test_a_simulator_that_does_not_build_leaves_the_fallback_and_says_so(tmp_path, monkeypatch):
    monkeypatch.setenv("LLMOPS_CACHE", str(tmp_path))
    said = []
    monkeypatch.setattr(build, "build_kubernetes", lambda v, log: {"kube-apiserver": tmp_path / "x"})
    for name in ("build_etcd", "build_kwok", "build_helm", "build_prometheus"):
        monkeypatch.setattr(build, name, lambda log, _n=name: tmp_path / _n)

    def broken(log):
        raise build.BuildError("module not served")

    monkeypatch.setattr(build, "build_inference_sim", broken)
    paths = build.build_all(log=said.append)
    assert "llm-d-inference-sim" not in paths and "prometheus" in paths
    assert any("xpyd-sim instead" in s and "module not served" in s for s in said)


def test_a_second_builder_waits_for_the_cache_lock(tmp_path, monkeypatch):
    import threading

    monkeypatch.setenv("LLMOPS_CACHE", str(tmp_path))
    order, said = [], []
    release = threading.Event()

    def first() -> None:
        with build.cache_lock(log=lambda _m: None):
            order.append("first in")
            release.wait(5)
            order.append("first out")

    t = threading.Thread(target=first)
    t.start()
    while not order:
        pass
    threading.Timer(0.3, release.set).start()
    with build.cache_lock(log=said.append):
        order.append("second in")
    t.join()
    assert order == ["first in", "first out", "second in"]
    assert any("waiting for it" in s for s in said)


def test_build_all_fails_with_every_reason_when_nothing_builds(tmp_path, monkeypatch):
    monkeypatch.setenv("LLMOPS_CACHE", str(tmp_path))

    def broken(v, log):
        raise build.BuildError(f"{v.tag} broken")

    monkeypatch.setattr(build, "build_kubernetes", broken)
    import pytest
    with pytest.raises(build.BuildError) as e:
        build.build_all(log=lambda _m: None)
    assert all(t in str(e.value) for t in versions.KUBERNETES_VERSIONS)
