"""What the runtime needs of a controller, and the keys of its queue.

A controller reconciles one kind of key. Keys carry their kind, so one queue serves every
controller; a key's `name` may name a group rather than an object (a prompt release is
reconciled per namespace + prompt). The runtime maps watch events to keys: an object of the
controller's own kind to itself, a child to the owner in its controller ownerReference, a pod
to the owner in its owner label; anything else (references across kinds) the controller says
in `related`."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from llmops.controller.children import Outcome


@dataclass(frozen=True, slots=True)
class Key:
    kind: str
    namespace: str
    name: str

    def __str__(self) -> str:
        return f"{self.kind} {self.namespace}/{self.name}"


class Controller(Protocol):
    kind: str  # the kind of key it reconciles (its own resource kind, or a group kind)

    def related(self, kind: str, old: dict | None, new: dict | None) -> Iterable[Key]:
        """Keys of this controller to reconcile because an object of another kind changed
        (`old` None: created; `new` None: deleted)."""

    def reconcile(self, namespace: str, name: str) -> Outcome:
        """Make one key's world match its spec; by level, the same for every trigger."""

    def keys(self) -> Iterable[Key]:
        """Every key to reconcile on a resync."""

    def forget(self, obj: dict) -> None:
        """An object of this controller's kind was deleted: drop what is remembered of it."""

    def forget_missing(self, live_uids: set[str]) -> None:
        """Drop what is remembered of objects that no longer exist (called on resync)."""
