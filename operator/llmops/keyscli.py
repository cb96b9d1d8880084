"""`llmops keys`: create, revoke and list the gateway's API keys.

A key is printed once, on stdout and nowhere else; what the cluster keeps is its record (the
key's SHA-256, team, user, limits) in a keys Secret, one entry per key id. `--secret-file`
patches a Secret manifest in place (created when missing), ready for `kubectl apply -f` or a
GitOps repository: it holds no usable key. Without it the entry is printed to stderr with the
`kubectl patch` that adds it to a Secret in the cluster.
"""

from __future__ import annotations

import argparse
import base64
import json
import shlex
import sys
from datetime import UTC, datetime
from pathlib import Path

import yaml

from llmops.api import apikeys
from llmops.api.apikeys import KeyRecord


class KeysError(Exception):
    """A refused command, with the message the user sees."""


def _say(text: str) -> None:
    print(text, file=sys.stderr)


def read_secret(path: Path) -> dict:
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    apikeys.secret_entries(doc, str(path))  # the same check the gateway makes
    return doc


def new_secret(name: str) -> dict:
    return {"apiVersion": "v1", "kind": "Secret",
            "metadata": {"name": name, "labels": {"app.kubernetes.io/part-of": "llmops"}},
            "type": "Opaque", "data": {}}


def write_secret(path: Path, doc: dict) -> None:
    header = "# API key records for the llmops gateway (hashes only: safe to commit). Managed by `llmops keys`.\n"
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(header + yaml.safe_dump(doc, sort_keys=False, width=1000), encoding="utf-8")
    tmp.replace(path)  # never a half-written manifest


def add_entry(doc: dict, key_id: str, value: str, force: bool) -> None:
    """Records are written under `data` (base64), never `stringData`: `kubectl apply` (client
    side, as Argo CD and Flux do by default) cannot delete a key that was only ever in
    `stringData` from the live Secret's `data`, so a revoked key would stay valid. Entries of an
    older file's `stringData` move to `data` here."""
    data = _in_data(doc)
    if key_id in data and not force:
        raise KeysError(f"key id {key_id!r} already exists in Secret {doc['metadata'].get('name')!r}: "
                        "pick a new id (rotation: create the new key, move callers, then revoke the old one) "
                        "or pass --force to replace it")
    data[key_id] = _b64(value)


def remove_entry(doc: dict, key_id: str) -> bool:
    return _in_data(doc).pop(key_id, None) is not None


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _in_data(doc: dict) -> dict:
    """The Secret's `data`, with any `stringData` entries moved into it (they win, as on the API server)."""
    data = doc.get("data") or {}
    for k, v in (doc.pop("stringData", None) or {}).items():
        data[k] = _b64(v)
    doc["data"] = data
    return data


def _create(args: argparse.Namespace) -> int:
    try:
        apikeys.check_id(args.name)
        apikeys.check_team(args.team)
    except ValueError as exc:
        raise KeysError(str(exc)) from None
    key = apikeys.new_key(args.name)
    record = KeyRecord(sha256=apikeys.key_digest(key), team=args.team, user=args.user, rpm=args.rpm, tpm=args.tpm,
                       router=args.router, created=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))
    value = apikeys.record_json(record)
    docs = []
    for f in args.secret_file or []:  # check every file before writing any, and before printing the key
        path = Path(f)
        if path.exists():
            doc = read_secret(path)
        else:
            name = args.secret_name or path.stem
            try:
                apikeys.check_id(name)
            except ValueError:
                raise KeysError(f"{path} does not exist: give the new Secret's name with --secret-name") from None
            doc = new_secret(name)
        add_entry(doc, args.name, value, args.force)
        docs.append((path, doc))
    for path, doc in docs:
        write_secret(path, doc)
    print(key)
    sys.stdout.flush()
    what = f"key {args.name!r} (team {args.team}{', router' if args.router else ''})"
    _say(f"Created {what}. It is printed once, above: store it now, only its hash is kept.")
    for path, doc in docs:
        _say(f"Added it to {path} (Secret {doc['metadata']['name']}): kubectl apply -f {path}")
    if not docs:
        secret = args.secret_name or "<keys-secret>"
        patch = json.dumps({"stringData": {args.name: value}}, separators=(",", ":"))
        _say("Its entry in the keys Secret (stringData):")
        _say(f"  {args.name}: '{value}'")
        _say(f"To add it to a Secret in the cluster:\n  kubectl patch secret {secret} --type merge -p {shlex.quote(patch)}")
    return 0


def _revoke(args: argparse.Namespace) -> int:
    docs = [(Path(f), read_secret(Path(f))) for f in args.secret_file]
    changed = [(p, d) for p, d in docs if remove_entry(d, args.id)]
    if not changed:
        raise KeysError(f"key id {args.id!r} is in none of {', '.join(args.secret_file)}")
    for path, doc in changed:
        write_secret(path, doc)
        _say(f"Revoked key {args.id!r} in {path}: kubectl apply -f {path}. Running gateways refuse it once the "
             "kubelet has updated the mounted Secret (up to about a minute); for an emergency, rename the Secret "
             "(a new apiKeysSecretRef rolls the pods).")
    return 0


def _list(args: argparse.Namespace) -> int:
    rows = [("ID", "TEAM", "USER", "RPM", "TPM", "ROUTER", "CREATED")]
    for f in args.secret_file:
        entries = apikeys.secret_entries(yaml.safe_load(Path(f).read_text(encoding="utf-8")), f)
        for key_id in sorted(entries):
            try:
                r = apikeys.parse_record(key_id, entries[key_id])
            except ValueError as exc:
                raise KeysError(f"{f}: {exc}") from None
            rows.append((key_id, r.team, r.user or "", str(r.rpm or ""), str(r.tpm or ""), "yes" if r.router else "",
                         r.created or ""))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip())
    return 0


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1 (leave it out for no per-key limit)")
    return value


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="llmops keys", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="action", required=True)
    c = sub.add_parser("create", help="create a key: print it once, record its hash")
    c.add_argument("--name", required=True, help="the key id (a DNS label), e.g. alice or ci-bot")
    c.add_argument("--team", default="default", help="team its spend and metrics are attributed to (default: default)")
    c.add_argument("--user", help="who holds it (audit only)")
    c.add_argument("--rpm", type=_positive, help="requests per minute for this key (capped by the deployment's)")
    c.add_argument("--tpm", type=_positive, help="tokens per minute for this key (capped by the deployment's)")
    c.add_argument("--router", action="store_true",
                   help="a router's own key: targets believe the caller it names in x-llmops-caller")
    c.add_argument("--secret-file", action="append", metavar="FILE",
                   help="a Secret manifest to add the record to (created when missing); repeat for several")
    c.add_argument("--secret-name", help="name of a Secret --secret-file creates (default: the file's stem)")
    c.add_argument("--force", action="store_true", help="replace an existing record with the same id")
    c.set_defaults(run=_create)
    r = sub.add_parser("revoke", help="remove a key's record")
    r.add_argument("id", help="the key id")
    r.add_argument("--secret-file", action="append", required=True, metavar="FILE", help="Secret manifest(s) to edit")
    r.set_defaults(run=_revoke)
    ls = sub.add_parser("list", help="the key records of Secret manifest(s), without any key")
    ls.add_argument("--secret-file", action="append", required=True, metavar="FILE")
    ls.set_defaults(run=_list)
    return p


def main(argv: list[str]) -> int:
    args = parser().parse_args(argv)
    try:
        return args.run(args)
    except (KeysError, ValueError, OSError, yaml.YAMLError) as exc:
        _say(f"llmops keys {args.action}: {' '.join(str(exc).split())}")
        return 1
