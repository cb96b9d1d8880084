import ipaddress

import yaml
from cryptography import x509
from cryptography.x509.oid import NameOID

from llmops.devcluster import cluster, pki


def test_certs_for_the_apiserver_and_the_admin(tmp_path):
    keys = pki.generate(tmp_path / "pki")
    srv = x509.load_pem_x509_certificate(keys.apiserver_crt.read_bytes())
    sans = srv.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert "kubernetes.default.svc.cluster.local" in sans.get_values_for_type(x509.DNSName)
    assert ipaddress.ip_address("10.96.0.1") in sans.get_values_for_type(x509.IPAddress)
    ca = x509.load_pem_x509_certificate(keys.ca_crt.read_bytes())
    assert srv.issuer == ca.subject
    admin = x509.load_pem_x509_certificate(keys.admin_crt.read_bytes())
    assert admin.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)[0].value == "system:masters"
    assert keys.sa_key.stat().st_mode & 0o077 == 0


def test_kubeconfig_embeds_the_credentials(tmp_path):
    keys = pki.generate(tmp_path / "pki")
    path = pki.write_kubeconfig(keys, "https://127.0.0.1:6443", tmp_path / "kubeconfig")
    cfg = yaml.safe_load(path.read_text())
    assert cfg["clusters"][0]["cluster"]["server"] == "https://127.0.0.1:6443"
    assert cfg["users"][0]["user"]["client-key-data"]


def test_status_without_a_cluster(tmp_path):
    assert cluster.status(tmp_path) == {"state_dir": str(tmp_path), "running": False}


def test_certs_pass_strict_x509_verification(tmp_path):
    """Python 3.13 and urllib3 2.3+ verify with VERIFY_X509_STRICT: key identifiers required."""
    keys = pki.generate(tmp_path / "pki")
    for path in (keys.ca_crt, keys.apiserver_crt, keys.admin_crt):
        cert = x509.load_pem_x509_certificate(path.read_bytes())
        cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier)
        cert.extensions.get_extension_for_class(x509.AuthorityKeyIdentifier)
        cert.extensions.get_extension_for_class(x509.KeyUsage)
    import shutil
    import subprocess

    if shutil.which("openssl"):
        for leaf in (keys.apiserver_crt, keys.admin_crt):
            r = subprocess.run(["openssl", "verify", "-x509_strict", "-CAfile", str(keys.ca_crt), str(leaf)],
                               capture_output=True, text=True)
            assert r.returncode == 0, r.stdout + r.stderr


def test_up_refuses_to_wipe_a_directory_that_is_not_a_cluster_state(tmp_path):
    import pytest

    (tmp_path / "precious.txt").write_text("keep")
    with pytest.raises(cluster.ClusterError, match="refusing to delete"):
        cluster.up(tmp_path)
    assert (tmp_path / "precious.txt").read_text() == "keep"
