"""The key format and the key record shared by `llmops keys` and the gateway."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from llmops.api import apikeys
from llmops.api.apikeys import GatewayAuth, KeyRecord, RouterAuth


def test_a_new_key_carries_its_id_and_256_random_bits():
    key = apikeys.new_key("alice")
    key_id, secret = apikeys.split_key(key)
    assert key_id == "alice"
    assert len(secret) == 64 and int(secret, 16) >= 0
    assert apikeys.new_key("alice") != key


@pytest.mark.parametrize("text", [
    "", "llmops_", "llmops_alice", "llmops_alice_", "sk-abc", "llmops_Alice_" + "0" * 64,
    "llmops_alice_" + "0" * 63, "llmops_alice_" + "0" * 65, "llmops_alice_" + "G" * 64,
    "llmops_alice_" + "0" * 63 + "\n", "llmops__" + "0" * 64, "xllmops_alice_" + "0" * 64,
    "llmops_" + "a" * 64 + "_" + "0" * 64,
])
def test_text_not_shaped_like_a_key_is_not_split(text):
    assert apikeys.split_key(text) is None


def test_ids_with_dashes_split_on_the_last_underscore():
    assert apikeys.split_key("llmops_team-a-bot_" + "ab" * 32) == ("team-a-bot", "ab" * 32)


@given(st.text(max_size=200))
def test_split_key_never_raises_and_only_accepts_its_format(text):
    parts = apikeys.split_key(text)
    if parts is not None:
        assert apikeys.format_key(*parts) == text


def test_the_digest_covers_the_id_so_a_record_matches_only_its_own_key():
    secret = "cd" * 32
    assert apikeys.key_digest(apikeys.format_key("a", secret)) != apikeys.key_digest(apikeys.format_key("b", secret))


def test_record_round_trips_compactly_without_the_key():
    key = apikeys.new_key("bob")
    record = KeyRecord(sha256=apikeys.key_digest(key), team="support", user="bob@example.com", rpm=60)
    text = apikeys.record_json(record)
    assert key not in text and key.split("_")[-1] not in text
    assert json.loads(text) == {"sha256": apikeys.key_digest(key), "team": "support", "user": "bob@example.com",
                                "rpm": 60}
    assert apikeys.parse_record("bob", text) == record


@pytest.mark.parametrize("value,field", [
    ("not json", "not a JSON record"),
    ("[1]", "not a JSON object"),
    ('{"team": "a"}', "sha256"),
    ('{"sha256": "' + "0" * 64 + '"}', "team"),
    ('{"sha256": "' + "0" * 64 + '", "team": "a b"}', "team"),
    ('{"sha256": "' + "0" * 64 + '", "team": "a", "rpm": 0}', "rpm"),
    ('{"sha256": "' + "0" * 64 + '", "team": "a", "rmp": 5}', "rmp"),
    ('{"sha256": "' + "0" * 64 + '", "team": "a", "user": "x\\ny"}', "user"),
])
def test_a_bad_record_names_its_id_and_field(value, field):
    with pytest.raises(ValueError) as e:
        apikeys.parse_record("carol", value)
    assert "'carol'" in str(e.value) and field in str(e.value)


def test_a_plaintext_key_pasted_as_a_record_is_refused_without_echoing_it():
    key = apikeys.new_key("dave")
    with pytest.raises(ValueError) as e:
        apikeys.parse_record("dave", key)
    assert key not in str(e.value) and key[-64:] not in str(e.value)


def test_bad_ids_and_teams_are_refused_with_the_rule():
    for bad in ("", "Alice", "a_b", "-a", "a" * 64, "a/b"):
        with pytest.raises(ValueError, match="key id"):
            apikeys.check_id(bad)
    with pytest.raises(ValueError, match="label value"):
        apikeys.check_team("a team")


@pytest.mark.parametrize("value,expected", [
    ("alice/support", ("alice", "support")),
    ("alice", None), ("/support", None), ("alice/", None), ("alice/sup port", None),
    ("Alice/support", None), ("alice/support/x", None), ("a" * 70 + "/t", None),
])
def test_the_router_caller_header_is_parsed_strictly(value, expected):
    assert apikeys.parse_caller(value) == expected


def test_api_keys_mode_requires_the_secret_ref():
    with pytest.raises(ValidationError, match="apiKeysSecretRef is required"):
        GatewayAuth(mode="APIKeys")
    with pytest.raises(ValidationError, match="mode"):
        GatewayAuth.model_validate({"apiKeysSecretRef": {"name": "keys"}})  # mode is never implied
    assert GatewayAuth(mode="None").api_keys_secret_ref is None
    auth = RouterAuth.model_validate({"mode": "None", "routerKeySecretRef": {"name": "rk", "key": "key"}})
    assert auth.router_key_secret_ref.name == "rk"
    with pytest.raises(ValidationError, match="apiKeysSecretRef is required"):
        RouterAuth(mode="APIKeys")
