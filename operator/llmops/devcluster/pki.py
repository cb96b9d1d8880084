"""The local cluster's PKI: a CA, the apiserver's serving cert, an admin client cert,
the service-account key pair, and the admin kubeconfig. Generated with `cryptography`."""

from __future__ import annotations

import base64
import datetime as dt
import ipaddress
from dataclasses import dataclass
from pathlib import Path

import yaml
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

APISERVER_DNS = (
    "localhost", "kubernetes", "kubernetes.default", "kubernetes.default.svc",
    "kubernetes.default.svc.cluster.local",
)
APISERVER_IPS = ("127.0.0.1", "10.96.0.1")


@dataclass(frozen=True)
class Pki:
    dir: Path

    ca_crt = property(lambda self: self.dir / "ca.crt")
    ca_key = property(lambda self: self.dir / "ca.key")
    apiserver_crt = property(lambda self: self.dir / "apiserver.crt")
    apiserver_key = property(lambda self: self.dir / "apiserver.key")
    admin_crt = property(lambda self: self.dir / "admin.crt")
    admin_key = property(lambda self: self.dir / "admin.key")
    sa_key = property(lambda self: self.dir / "sa.key")
    sa_pub = property(lambda self: self.dir / "sa.pub")


def _write_key(path: Path, key) -> None:
    path.write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption(),
    ))
    path.chmod(0o600)


def _name(cn: str, org: str | None = None) -> x509.Name:
    attrs = [x509.NameAttribute(NameOID.COMMON_NAME, cn)]
    if org:
        attrs.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, org))
    return x509.Name(attrs)


def _cert(subject, issuer, pub, signer, *, ca: bool, sans=None, usages=()) -> x509.Certificate:
    """Key identifiers and key usage are set on every certificate: Python 3.13's default TLS
    context and recent urllib3 verify with VERIFY_X509_STRICT, which requires them."""
    now = dt.datetime.now(dt.timezone.utc)
    b = (
        x509.CertificateBuilder()
        .subject_name(subject).issuer_name(issuer).public_key(pub)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(pub), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(signer.public_key()), critical=False)
        .add_extension(x509.KeyUsage(
            digital_signature=True, key_cert_sign=ca, crl_sign=ca, content_commitment=False,
            key_encipherment=False, data_encipherment=False, key_agreement=not ca,
            encipher_only=False, decipher_only=False), critical=True)
    )
    if sans:
        b = b.add_extension(x509.SubjectAlternativeName(sans), critical=False)
    if usages:
        b = b.add_extension(x509.ExtendedKeyUsage(list(usages)), critical=False)
    return b.sign(signer, hashes.SHA256())


def generate(directory: Path) -> Pki:
    """Create every key and cert under `directory` (kept when already there)."""
    pki = Pki(directory)
    directory.mkdir(parents=True, exist_ok=True)
    if pki.admin_crt.exists() and pki.sa_pub.exists():
        return pki
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = _cert(_name("llmops-dev-ca"), _name("llmops-dev-ca"), ca_key.public_key(), ca_key, ca=True)
    _write_key(pki.ca_key, ca_key)
    pki.ca_crt.write_bytes(ca.public_bytes(serialization.Encoding.PEM))

    srv_key = ec.generate_private_key(ec.SECP256R1())
    sans = [x509.DNSName(d) for d in APISERVER_DNS] + [
        x509.IPAddress(ipaddress.ip_address(i)) for i in APISERVER_IPS]
    srv = _cert(_name("kube-apiserver"), ca.subject, srv_key.public_key(), ca_key, ca=False,
                sans=sans, usages=[ExtendedKeyUsageOID.SERVER_AUTH])
    _write_key(pki.apiserver_key, srv_key)
    pki.apiserver_crt.write_bytes(srv.public_bytes(serialization.Encoding.PEM))

    adm_key = ec.generate_private_key(ec.SECP256R1())
    adm = _cert(_name("llmops-admin", "system:masters"), ca.subject, adm_key.public_key(), ca_key,
                ca=False, usages=[ExtendedKeyUsageOID.CLIENT_AUTH])
    _write_key(pki.admin_key, adm_key)
    pki.admin_crt.write_bytes(adm.public_bytes(serialization.Encoding.PEM))

    sa = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    _write_key(pki.sa_key, sa)
    pki.sa_pub.write_bytes(sa.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
    return pki


def write_kubeconfig(pki: Pki, server: str, path: Path, name: str = "llmops-dev") -> Path:
    """An admin kubeconfig with the certs embedded, so it can be copied anywhere."""
    b64 = lambda p: base64.b64encode(p.read_bytes()).decode()  # noqa: E731
    cfg = {
        "apiVersion": "v1", "kind": "Config", "current-context": name,
        "clusters": [{"name": name, "cluster": {
            "server": server, "certificate-authority-data": b64(pki.ca_crt)}}],
        "users": [{"name": f"{name}-admin", "user": {
            "client-certificate-data": b64(pki.admin_crt), "client-key-data": b64(pki.admin_key)}}],
        "contexts": [{"name": name, "context": {
            "cluster": name, "user": f"{name}-admin", "namespace": "default"}}],
    }
    path.write_text(yaml.safe_dump(cfg, sort_keys=False))
    path.chmod(0o600)
    return path
