"""The API-key stage: the key set, authentication, router forwarding, bounded team labels,
reload keeping the last good set, fail closed."""

from __future__ import annotations

import asyncio
import base64
import logging
import os

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from llmops.api import apikeys
from llmops.api.apikeys import KeyRecord
from llmops.gateway import auth
from llmops.gateway.auth import OTHER_TEAM, Authenticator, AuthError, KeyStore, Principal, TeamLabels


def make_key(key_id: str, team: str = "support", **extra) -> tuple[str, str]:
    key = apikeys.new_key(key_id)
    return key, apikeys.record_json(KeyRecord(sha256=apikeys.key_digest(key), team=team, **extra))


def project(directory, entries: dict[str, str], generation: list[int] = [0]) -> None:
    """Write `entries` the way the kubelet updates a Secret volume: a new timestamped directory,
    an atomic swap of `..data`, one symlink per entry."""
    generation[0] += 1
    directory.mkdir(exist_ok=True)
    gen = directory / f"..gen_{generation[0]}"
    gen.mkdir()
    for k, v in entries.items():
        (gen / k).write_text(v)
    os.symlink(gen.name, directory / "..data_tmp")
    os.replace(directory / "..data_tmp", directory / "..data")
    for k in entries:
        if not (directory / k).is_symlink():
            os.symlink(f"..data/{k}", directory / k)
    for old in directory.iterdir():
        if old.is_symlink() and old.name != "..data" and not old.exists():
            old.unlink()


@pytest.fixture
def keys():
    alice, alice_rec = make_key("alice", rpm=30)
    bot, bot_rec = make_key("router-chat", team="platform", router=True)
    return {"alice": alice, "router-chat": bot}, {"alice": alice_rec, "router-chat": bot_rec}


def test_the_right_key_authenticates_as_its_record(keys):
    plain, records = keys
    store = KeyStore.from_entries(records)
    p = store.authenticate(f"Bearer {plain['alice']}")
    assert p == Principal("alice", "support", "support", rpm=30)
    assert p.rate_key == "alice"
    assert store.authenticate(f"bearer  {plain['alice']} ") == p  # the scheme is case-insensitive


@pytest.mark.parametrize("header,result", [
    (None, "missing"), ("", "missing"), ("Basic abc", "missing"), ("Bearer", "missing"),
    ("Bearer sk-abc", "invalid"), ("Bearer llmops_alice_" + "0" * 64, "invalid"),
    ("Bearer llmops_nobody_" + "0" * 64, "invalid"), ("Bearer " + "x" * 70000, "invalid"),
])
def test_missing_wrong_and_unknown_keys_are_refused_as_invalid_api_key(keys, header, result):
    store = KeyStore.from_entries(keys[1])
    refused = store.authenticate(header)
    assert isinstance(refused, AuthError)
    assert (refused.status, refused.code, refused.result) == (401, "invalid_api_key", result)


def test_a_wrong_secret_for_a_known_id_and_an_unknown_id_get_the_same_answer(keys):
    store = KeyStore.from_entries(keys[1])
    wrong = store.authenticate("Bearer llmops_alice_" + "1" * 64)
    unknown = store.authenticate("Bearer llmops_zed_" + "1" * 64)
    assert (wrong.status, wrong.code, wrong.message) == (unknown.status, unknown.code, unknown.message)
    assert (wrong.claimed_id, unknown.claimed_id) == ("alice", "zed")


def test_an_unknown_id_is_compared_against_the_dummy_digest(keys, monkeypatch):
    compared = []
    real = auth.hmac.compare_digest
    monkeypatch.setattr(auth.hmac, "compare_digest", lambda a, b: compared.append(b) or real(a, b))
    store = KeyStore.from_entries(keys[1])
    store.authenticate("Bearer llmops_zed_" + "1" * 64)
    store.authenticate("Bearer llmops_alice_" + "1" * 64)
    assert compared[0] == auth._DUMMY and len(compared[1]) == 32 and compared[1] != auth._DUMMY


@given(st.text(max_size=300))
def test_any_header_gives_a_principal_only_for_a_real_key(header):
    store = KeyStore.from_entries({"alice": make_key("alice")[1]})
    assert isinstance(store.authenticate(header), AuthError)
    assert isinstance(store.authenticate(header, caller=header), AuthError)


def test_only_a_router_key_may_name_the_caller_it_forwards_for(keys):
    plain, records = keys
    store = KeyStore.from_entries(records)
    forwarded = store.authenticate(f"Bearer {plain['router-chat']}", "bob/analytics")
    assert (forwarded.key_id, forwarded.team, forwarded.via, forwarded.rate_key) == ("bob", "analytics", "router-chat",
                                                                                       "router-chat>bob")
    assert forwarded.header() == "bob/analytics"
    # a client key naming someone else is still itself: limits and spend cannot be moved
    assert store.authenticate(f"Bearer {plain['alice']}", "bob/analytics").key_id == "alice"
    # a malformed caller header from a router is the router itself, never a 500
    assert store.authenticate(f"Bearer {plain['router-chat']}", "bob analytics").key_id == "router-chat"


def test_key_limits_are_capped_by_the_deployments():
    p = Principal("a", "t", "t", rpm=100, tpm=None)
    assert p.limits(0, 0) == (100, 0)
    assert p.limits(60, 1000) == (60, 1000)
    assert Principal("a", "t", "t", rpm=10, tpm=5).limits(60, 1000) == (10, 5)


def test_team_labels_are_bounded_and_the_same_for_the_same_key_set():
    labels = TeamLabels([f"t{i:02}" for i in range(40)], limit=32)
    assert labels.label("t00") == "t00" and labels.label("t31") == "t31"
    assert labels.label("t32") == OTHER_TEAM and labels.label("forwarded") == OTHER_TEAM
    few = TeamLabels(["a", "b"], limit=3)
    assert (few.label("x"), few.label("y"), few.label("x")) == ("x", OTHER_TEAM, "x")
    records = {f"k{i}": make_key(f"k{i}", team=f"team{i:02}")[1] for i in range(5)}
    assert KeyStore.from_entries(records, max_team_labels=2).teams.label("team04") == OTHER_TEAM


def test_one_bad_entry_refuses_the_whole_set_naming_it(keys):
    with pytest.raises(ValueError, match="'broken'"):
        KeyStore.from_entries({**keys[1], "broken": "{}"})
    with pytest.raises(ValueError, match="key id"):
        KeyStore.from_entries({"Not_An_Id": keys[1]["alice"]})
    with pytest.raises(ValueError, match="bytes"):
        KeyStore.from_entries({"alice": "x" * 5000})


def test_a_mounted_secret_volume_and_a_secret_manifest_load_alike(tmp_path, keys):
    plain, records = keys
    project(tmp_path / "vol", records)
    manifest = tmp_path / "keys.yaml"
    manifest.write_text(yaml.safe_dump({"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "k"},
                                        "data": {"alice": base64.b64encode(records["alice"].encode()).decode()},
                                        "stringData": {"router-chat": records["router-chat"]}}))
    for source in (tmp_path / "vol", manifest):
        store = KeyStore.load(source)
        assert len(store) == 2 and store.authenticate(f"Bearer {plain['alice']}").key_id == "alice"
    (tmp_path / "cm.yaml").write_text("kind: ConfigMap\n")
    with pytest.raises(ValueError, match="not a Secret"):
        KeyStore.load(tmp_path / "cm.yaml")


def test_reload_picks_up_a_new_key_and_drops_a_revoked_one(tmp_path, keys):
    plain, records = keys
    vol = tmp_path / "vol"
    project(vol, records)
    a = Authenticator(vol)
    assert a.reload() == "unchanged"
    carol, carol_rec = make_key("carol")
    project(vol, {"router-chat": records["router-chat"], "carol": carol_rec})  # alice revoked, carol added
    assert a.reload() == "loaded"
    assert a.authenticate(f"Bearer {carol}").key_id == "carol"
    assert a.authenticate(f"Bearer {plain['alice']}").code == "invalid_api_key"
    assert a.status() == {"mode": "APIKeys", "keys": 2, "loaded": True}


def test_a_malformed_set_keeps_the_last_good_one_and_says_why(tmp_path, keys, caplog):
    plain, records = keys
    vol = tmp_path / "vol"
    project(vol, records)
    a = Authenticator(vol)
    project(vol, {**records, "alice": plain["alice"]})  # someone pasted the key itself
    with caplog.at_level(logging.INFO, "llmops.gateway.auth"):
        assert a.reload() == "refused"
    assert a.authenticate(f"Bearer {plain['alice']}").key_id == "alice"  # the last good set still serves
    assert "'alice'" in a.status()["lastReloadError"]
    assert "keeping the last good set of 2 keys" in caplog.text
    assert plain["alice"] not in caplog.text and plain["alice"][-64:] not in caplog.text
    assert plain["alice"] not in str(a.status())
    project(vol, records)
    assert a.reload() == "loaded" and "lastReloadError" not in a.status()


def test_without_any_good_set_every_request_gets_503_auth_unavailable(tmp_path):
    a = Authenticator(tmp_path / "absent")
    assert not a.ready
    refused = a.authenticate("Bearer llmops_alice_" + "0" * 64)
    assert (refused.status, refused.code) == (503, "auth_unavailable")
    err = refused.to_gateway_error()
    assert err.status == 503 and b'"auth_unavailable"' in err.body() and err.headers["retry-after"]
    assert a.status()["loaded"] is False and "absent" in a.status()["lastReloadError"]


def test_a_401_is_openai_shaped_and_asks_for_a_bearer_token():
    err = auth.INVALID.to_gateway_error()
    assert err.status == 401 and err.type == "invalid_request_error" and err.code == "invalid_api_key"
    assert err.headers["www-authenticate"].startswith("Bearer")


def test_the_watcher_reloads_off_the_loop_and_reports_each_result(tmp_path, keys):
    plain, records = keys
    vol = tmp_path / "vol"
    project(vol, records)
    a = Authenticator(vol)
    events = []

    async def scenario():
        task = asyncio.create_task(a.watch(0.01, events.append))
        project(vol, {"alice": records["alice"]})
        for _ in range(500):
            if events:
                break
            await asyncio.sleep(0.01)
        project(vol, {"alice": "{"})
        for _ in range(500):
            if len(events) > 1:
                break
            await asyncio.sleep(0.01)
        task.cancel()

    asyncio.run(scenario())
    assert events == ["loaded", "refused"]
    assert len(a.store) == 1 and a.authenticate(f"Bearer {plain['router-chat']}").result == "invalid"


class _Out:
    def __init__(self):
        self.sent = []

    async def send(self, status, body, headers=None):
        self.sent.append((status, body, headers))


class _Req:
    def __init__(self, headers):
        self.headers = headers


def test_guard_answers_before_the_handler_unless_the_key_is_valid(tmp_path, keys):
    plain, records = keys
    project(tmp_path / "vol", records)
    a = Authenticator(tmp_path / "vol")
    called = []

    async def inner(request, out):
        called.append(request)
        await out.send(200, b"{}")

    guarded = auth.guard(a, inner)
    refused, served = _Out(), _Out()
    asyncio.run(guarded(_Req({}), refused))
    asyncio.run(guarded(_Req({"authorization": f"Bearer {plain['alice']}"}), served))
    assert refused.sent[0][0] == 401 and len(called) == 1 and served.sent[0][0] == 200


def test_rate_limits_keyed_on_the_principal_cannot_be_dodged_by_changing_headers(keys):
    from llmops.gateway.ratelimit import RateLimiter

    plain, records = keys
    store = KeyStore.from_entries(records)
    limiter = RateLimiter(*store.authenticate(f"Bearer {plain['alice']}").limits(0, 0), clock=lambda: 0.0)
    admitted = 0
    for i in range(100):  # a new x-api-key, user and caller header on every request
        p = store.authenticate(f"Bearer {plain['alice']}", caller=f"u{i}/t{i}")
        if limiter.admit(p.rate_key) is None:
            admitted += 1
    assert admitted == 30  # alice's own rpm, however the headers changed


def test_the_router_key_file_is_read_reloaded_and_only_ever_sent_as_the_routers_own(tmp_path, caplog):
    from llmops.gateway.auth import UpstreamKey

    vol = tmp_path / "router-key"
    first, second = apikeys.new_key("router-chat"), apikeys.new_key("router-chat-2")
    project(vol, {"key": first + "\n"})
    k = UpstreamKey(vol / "key")
    assert (k.value, k.key_id) == (first, "router-chat")
    caller = Principal("alice", "support", "support")
    assert k.headers(caller) == {"Authorization": f"Bearer {first}", "x-llmops-caller": "alice/support"}
    project(vol, {"key": second})
    assert k.reload() == "loaded" and k.value == second
    with caplog.at_level(logging.INFO, "llmops.gateway.auth"):
        project(vol, {"key": "sk-something-else"})
        assert k.reload() == "refused" and k.value == second  # the last good key stays
    assert second not in caplog.text and "sk-something-else" not in caplog.text
    assert UpstreamKey(tmp_path / "absent").headers(caller) == {}
