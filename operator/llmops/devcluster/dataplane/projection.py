"""ConfigMap and Secret volumes, projected the way the kubelet's AtomicWriter does it.

    <dir>/..2026_12_01_10_00_00.123456789/gateway.yaml    the payload of one version
    <dir>/..data -> ..2026_12_01_10_00_00.123456789        swapped by an atomic rename
    <dir>/gateway.yaml -> ..data/gateway.yaml              one symlink per top-level entry

A reader that opens `<dir>/gateway.yaml` always sees one whole version: the new payload is
complete before `..data` moves to it, and the rename is atomic. This is the path the gateway's
own reload watches in a real cluster, so the local cluster exercises exactly it.
"""

from __future__ import annotations

import base64
import os
import shutil
import time
from pathlib import Path, PurePosixPath

DATA = "..data"
_DATA_TMP = "..data_tmp"


class ProjectionError(ValueError):
    """A key or path that the kubelet would refuse (absolute, `..`, or clashing)."""


def _check(path: str) -> PurePosixPath:
    p = PurePosixPath(path)
    if p.is_absolute() or ".." in p.parts or not p.parts or p.parts[0].startswith(".."):
        raise ProjectionError(f"invalid projected path {path!r}")
    return p


def payload_of(source: dict, items: list[dict] | None, binary: bool) -> dict[str, bytes]:
    """The files of a configMap/secret volume: every key, or only `items` (key -> path).
    Secrets carry base64 in `data`; ConfigMaps carry text in `data` and base64 in `binaryData`."""
    values: dict[str, bytes] = {}
    for k, v in (source.get("data") or {}).items():
        values[k] = base64.b64decode(v) if binary else v.encode()
    for k, v in (source.get("binaryData") or {}).items():
        values[k] = base64.b64decode(v)
    for k, v in (source.get("stringData") or {}).items():
        values[k] = v.encode()
    if not items:
        return values
    out: dict[str, bytes] = {}
    for it in items:
        if it["key"] not in values:
            raise ProjectionError(f"key {it['key']!r} not found")
        out[it.get("path") or it["key"]] = values[it["key"]]
    return out


def current(volume_dir: Path) -> dict[str, bytes] | None:
    """What the volume shows now (through ..data), or None when nothing was projected yet."""
    data = volume_dir / DATA
    if not data.is_symlink():
        return None
    root = volume_dir / os.readlink(data)
    out = {}
    for dirpath, _, files in os.walk(root):
        for f in files:
            full = Path(dirpath) / f
            out[full.relative_to(root).as_posix()] = full.read_bytes()
    return out


def project(volume_dir: Path, files: dict[str, bytes], mode: int = 0o644, now: float | None = None) -> bool:
    """Make volume_dir show exactly `files`. Returns False when it already did (no swap)."""
    paths = {k: _check(k) for k in files}
    if current(volume_dir) == files:
        return False
    volume_dir.mkdir(parents=True, exist_ok=True)
    old = os.readlink(volume_dir / DATA) if (volume_dir / DATA).is_symlink() else None
    t = time.time() if now is None else now
    stamp = time.strftime("%Y_%m_%d_%H_%M_%S", time.gmtime(t)) + f".{int(t * 1e9) % 1_000_000_000:09d}"
    name = f"..{stamp}"
    n = 0
    while (volume_dir / name).exists():  # two swaps within one clock tick
        n += 1
        name = f"..{stamp}{n}"
    payload = volume_dir / name
    payload.mkdir()
    for key, content in files.items():
        f = payload / paths[key]
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_bytes(content)
        f.chmod(mode)
    tmp = volume_dir / _DATA_TMP
    if tmp.is_symlink() or tmp.exists():
        tmp.unlink()
    tmp.symlink_to(name)
    os.rename(tmp, volume_dir / DATA)  # the atomic swap
    tops = {p.parts[0] for p in paths.values()}
    for top in tops:
        link = volume_dir / top
        if not link.is_symlink():
            link.symlink_to(f"{DATA}/{top}")
    for entry in volume_dir.iterdir():
        if entry.name.startswith(".."):
            continue
        if entry.is_symlink() and entry.name not in tops:
            entry.unlink()
    if old and old != name:
        shutil.rmtree(volume_dir / old, ignore_errors=True)
    return True
