"""The `llmops` command: operator, gateway, API keys, CRD generation and the local dev cluster.

Subcommands import their modules lazily so that `llmops gateway` never loads kopf or the
Kubernetes client, and `llmops crds` needs neither.
"""

from __future__ import annotations

import argparse
import sys


def _gateway(argv: list[str]) -> int:
    from llmops.gateway.main import main

    return main(argv)


def _operator(argv: list[str]) -> int:
    from llmops.controller.main import main

    return main(argv)


def _crds(argv: list[str]) -> int:
    from llmops.api.crdgen import main

    return main(argv)


def _keys(argv: list[str]) -> int:
    from llmops.keyscli import main

    return main(argv)


def _dev(argv: list[str]) -> int:
    from llmops.devcluster.cli import main

    return main(argv)


COMMANDS = {
    "gateway": (_gateway, "run the OpenAI-compatible gateway (sidecar or router)"),
    "operator": (_operator, "run the operator (kopf)"),
    "crds": (_crds, "generate crds/*.yaml from the API models"),
    "keys": (_keys, "API keys of the gateway: create, revoke, list"),
    "dev": (_dev, "local development cluster: build, up, down, status"),
}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(
        prog="llmops",
        description="llmops-operator: run LLMs in production on Kubernetes.",
        epilog="\n".join(f"  {name:10} {doc}" for name, (_, doc) in COMMANDS.items()),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("command", choices=sorted(COMMANDS), help="what to run")
    if not argv or argv[0] in ("-h", "--help"):
        parser.print_help()
        return 0 if argv else 2
    args = parser.parse_args(argv[:1])
    handler, _ = COMMANDS[args.command]
    return int(handler(argv[1:]) or 0)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
