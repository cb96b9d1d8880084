"""`llmops keys`: a key printed once, its record (hash only) in a Secret manifest the gateway loads."""

from __future__ import annotations

import yaml

from llmops import cli
from llmops.api import apikeys
from llmops.gateway.auth import KeyStore


def run(capsys, *argv):
    code = cli.main(["keys", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_create_prints_the_key_once_and_records_only_its_hash(tmp_path, capsys):
    f = tmp_path / "support-keys.yaml"
    code, out, err = run(capsys, "create", "--name", "alice", "--team", "support", "--user", "alice@example.com",
                         "--rpm", "60", "--tpm", "50000", "--secret-file", str(f))
    assert code == 0
    key = out.strip()
    assert apikeys.split_key(key)[0] == "alice" and key not in err
    text = f.read_text()
    assert key not in text and key[-64:] not in text
    doc = yaml.safe_load(text)
    assert doc["kind"] == "Secret" and doc["metadata"]["name"] == "support-keys"
    principal = KeyStore.load(f).authenticate(f"Bearer {key}")
    assert (principal.key_id, principal.team, principal.user, principal.rpm, principal.tpm) == (
        "alice", "support", "alice@example.com", 60, 50000)
    assert "kubectl apply -f" in err


def test_a_second_key_is_added_and_an_existing_id_is_refused_unless_forced(tmp_path, capsys):
    f = tmp_path / "keys.yaml"
    run(capsys, "create", "--name", "alice", "--secret-file", str(f))
    code, out, _ = run(capsys, "create", "--name", "router-chat", "--team", "platform", "--router", "--secret-file", str(f))
    assert code == 0 and KeyStore.load(f).authenticate(f"Bearer {out.strip()}").router
    before = f.read_text()
    code, out, err = run(capsys, "create", "--name", "alice", "--secret-file", str(f))
    assert code == 1 and out == "" and "already exists" in err and f.read_text() == before  # no key printed
    code, out, _ = run(capsys, "create", "--name", "alice", "--force", "--secret-file", str(f))
    assert code == 0 and KeyStore.load(f).authenticate(f"Bearer {out.strip()}").key_id == "alice"
    assert len(KeyStore.load(f)) == 2


def test_without_a_file_the_entry_and_the_kubectl_patch_are_printed(capsys):
    code, out, err = run(capsys, "create", "--name", "ci-bot", "--team", "ml", "--secret-name", "ml-keys")
    key = out.strip()
    assert code == 0 and key.startswith("llmops_ci-bot_")
    assert "kubectl patch secret ml-keys --type merge -p" in err and key not in err
    entry = err.split("ci-bot: '", 1)[1].split("'\n", 1)[0]
    assert apikeys.parse_record("ci-bot", entry).sha256 == apikeys.key_digest(key)


def test_revoke_removes_the_record_from_every_file_that_has_it(tmp_path, capsys):
    a, b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    _, out, _ = run(capsys, "create", "--name", "bob", "--secret-file", str(a), "--secret-file", str(b))
    run(capsys, "create", "--name", "carol", "--secret-file", str(a))
    assert KeyStore.load(b).authenticate(f"Bearer {out.strip()}").key_id == "bob"
    code, _, err = run(capsys, "revoke", "bob", "--secret-file", str(a), "--secret-file", str(b))
    assert code == 0 and "about a minute" in err
    assert KeyStore.load(b).authenticate(f"Bearer {out.strip()}").code == "invalid_api_key"
    assert len(KeyStore.load(a)) == 1
    code, _, err = run(capsys, "revoke", "bob", "--secret-file", str(a))
    assert code == 1 and "is in none of" in err


def test_records_are_written_under_data_so_kubectl_apply_can_delete_a_revoked_one(tmp_path, capsys):
    """kubectl's client-side apply (Argo CD's and Flux's default too) never removes a key that
    was only ever in stringData from the live Secret's data: a revoked key would stay valid."""
    f = tmp_path / "keys.yaml"
    f.write_text(yaml.safe_dump({"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "keys"},
                                 "stringData": {"old": apikeys.record_json(apikeys.KeyRecord(
                                     sha256=apikeys.key_digest(apikeys.new_key("old")), team="t"))}}))
    _, out, _ = run(capsys, "create", "--name", "alice", "--secret-file", str(f))
    doc = yaml.safe_load(f.read_text())
    assert "stringData" not in doc and sorted(doc["data"]) == ["alice", "old"]  # an older file's entries moved
    assert KeyStore.load(f).authenticate(f"Bearer {out.strip()}").key_id == "alice"
    run(capsys, "revoke", "old", "--secret-file", str(f))
    assert "stringData" not in yaml.safe_load(f.read_text()) and sorted(yaml.safe_load(f.read_text())["data"]) == ["alice"]


def test_list_shows_records_never_keys(tmp_path, capsys):
    f = tmp_path / "keys.yaml"
    _, out, _ = run(capsys, "create", "--name", "alice", "--team", "support", "--rpm", "5", "--secret-file", str(f))
    code, listing, _ = run(capsys, "list", "--secret-file", str(f))
    assert code == 0 and listing.splitlines()[0].split() == ["ID", "TEAM", "USER", "RPM", "TPM", "ROUTER", "CREATED"]
    assert listing.splitlines()[1].split()[:3] == ["alice", "support", "5"] and out.strip()[-64:] not in listing


def test_bad_input_is_refused_with_a_message_and_nothing_written(tmp_path, capsys):
    f = tmp_path / "cm.yaml"
    f.write_text("kind: ConfigMap\n")
    for argv, message in [
        (("create", "--name", "Alice"), "key id"),
        (("create", "--name", "a", "--team", "a team"), "label value"),
        (("create", "--name", "a", "--secret-file", str(f)), "not a Secret"),
        (("create", "--name", "a", "--secret-file", str(tmp_path / "Bad_Name.yaml")), "--secret-name"),
    ]:
        code, out, err = run(capsys, *argv)
        assert code == 1 and out == "" and message in err, argv
    assert f.read_text() == "kind: ConfigMap\n" and not (tmp_path / "Bad_Name.yaml").exists()
