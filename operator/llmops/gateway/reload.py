"""Hot reload of the config file.

A mounted ConfigMap changes by an atomic swap of its `..data` symlink, so the file is never
seen half-written; this watcher polls the path (following symlinks) and reloads when the
file's identity or content changes. A new config that fails validation is refused: the last
good one stays active and the refusal is reported (metric, /readyz, log line).
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Callable
from pathlib import Path

from llmops.api.gateway_config import load_yaml
from llmops.gateway.runtime import Runtime, build_runtime

log = logging.getLogger("llmops.gateway.reload")


def load_runtime(path: str | Path) -> Runtime:
    """Read, validate and precompute a config file. Raises ValueError/OSError when it can't."""
    text = Path(path).read_text(encoding="utf-8")
    return build_runtime(load_yaml(text))


def file_identity(path: str | Path) -> tuple[int, int, int, int] | None:
    try:
        st = os.stat(path)  # follows the ..data symlink to the current file
    except OSError:
        return None
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def describe(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:2000] or type(exc).__name__


async def watch(
    path: str | Path,
    interval: float,
    current_hash: Callable[[], str],
    on_new: Callable[[Runtime], None],
    on_refused: Callable[[str], None],
    on_event: Callable[[str], None],
) -> None:
    """Poll until cancelled. Parsing and compiling run off the event loop."""
    seen = file_identity(path)
    while True:
        await asyncio.sleep(interval)
        identity = file_identity(path)
        if identity is None or identity == seen:
            continue
        seen = identity
        try:
            runtime = await asyncio.to_thread(load_runtime, path)
        except (ValueError, OSError) as exc:
            reason = describe(exc)
            log.error("config %s refused, keeping the last good one: %s", path, reason)
            on_event("refused")
            on_refused(reason)
            continue
        if runtime.hash == current_hash():
            continue
        on_new(runtime)
        on_event("loaded")
        log.info("config %s reloaded: hash %s", path, runtime.hash)
