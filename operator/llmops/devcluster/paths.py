"""Where the checkout is: one definition for the CLI and the main job."""

from __future__ import annotations

from pathlib import Path


def repo_root() -> Path:
    """The checkout this package runs from (editable install): operator/llmops/devcluster/paths.py."""
    return Path(__file__).resolve().parents[3]
