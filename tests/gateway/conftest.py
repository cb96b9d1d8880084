from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from gateway_harness import Gateway, ServerThread, Simulator, Stub, stub_app  # noqa: E402


@pytest.fixture(scope="session")
def simulator():
    sim = Simulator(model="sim-model")
    yield sim
    sim.stop()


@pytest.fixture
def stub():
    state = Stub()
    server = ServerThread(lambda: stub_app(state))
    state.url = f"{server.url}/v1"
    yield state
    server.stop()


@pytest.fixture
def stubs():
    """Make as many stub upstreams as a test needs (router tests)."""
    made = []

    def make():
        stub = Stub()
        server = ServerThread(lambda: stub_app(stub))
        stub.url = f"{server.url}/v1"
        made.append(server)
        return stub

    yield make
    for server in made:
        server.stop()


@pytest.fixture
def make_gateway(tmp_path):
    started = []

    def make(config: dict, **kwargs) -> Gateway:
        directory = tmp_path / f"gw{len(started)}"
        directory.mkdir()
        gw = Gateway(config, directory, **kwargs)
        started.append(gw)
        return gw

    yield make
    for gw in started:
        gw.stop()


