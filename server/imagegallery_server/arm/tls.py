"""The ARM front's certificate: the Azure SDKs send bearer tokens over HTTPS only.
Without one given, the server makes its own CA and a server certificate signed by
it, once, under the data dir (keys readable by the owner only); a client trusts the
CA's file."""

import datetime
import ipaddress
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

FOLDER = "arm-tls"
VALIDITY = datetime.timedelta(days=3650)
# What a client on this machine may call the server by.
LOCAL_NAMES = ("localhost",)
LOCAL_ADDRESSES = ("127.0.0.1", "::1")


@dataclass(frozen=True)
class Certificate:
    cert: Path  # the chain a client is shown
    key: Path
    ca: Path | None = None  # the CA a client trusts, when the server made it


def own_certificate(data_dir: Path, host: str) -> Certificate:
    """The certificate made on the first start (for `host`, besides the local
    names), or made now."""
    folder = data_dir / FOLDER
    made = Certificate(folder / "server.pem", folder / "server-key.pem", folder / "ca.pem")
    if made.cert.exists() and made.key.exists() and made.ca is not None and made.ca.exists():
        return made
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "imagegallery local CA")])
    ca = _signed(
        _builder(ca_name, ca_name, ca_key.public_key())
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_usage(ca=True), critical=True),
        ca_key,
    )
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host or "localhost")])
    server = _signed(
        _builder(name, ca_name, key.public_key())
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_usage(ca=False), critical=True)
        .add_extension(x509.SubjectAlternativeName(_alternative_names(host)), critical=False)
        .add_extension(
            x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
        ),
        ca_key,
    )
    _write(folder / "ca-key.pem", _private(ca_key))
    _write(made.key, _private(key))
    _write(made.cert, server.public_bytes(serialization.Encoding.PEM))
    assert made.ca is not None
    _write(made.ca, ca.public_bytes(serialization.Encoding.PEM))  # last: its presence says done
    return made


def _builder(
    subject: x509.Name, issuer: x509.Name, public_key: ec.EllipticCurvePublicKey
) -> x509.CertificateBuilder:
    now = datetime.datetime.now(datetime.UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + VALIDITY)
    )


def _signed(builder: x509.CertificateBuilder, key: ec.EllipticCurvePrivateKey) -> x509.Certificate:
    return builder.sign(key, hashes.SHA256())


def _usage(ca: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=True,
        content_commitment=False,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=ca,
        crl_sign=ca,
        encipher_only=False,
        decipher_only=False,
    )


def _alternative_names(host: str) -> list[x509.GeneralName]:
    names: list[x509.GeneralName] = [x509.DNSName(n) for n in LOCAL_NAMES]
    addresses = set(LOCAL_ADDRESSES)
    try:
        addresses.add(str(ipaddress.ip_address(host)))
    except ValueError:
        if host and host not in LOCAL_NAMES:
            names.append(x509.DNSName(host))
    names += [x509.IPAddress(ipaddress.ip_address(a)) for a in sorted(addresses)]
    return names


def _private(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def _write(path: Path, data: bytes) -> None:
    temporary = path.with_suffix(".tmp")
    temporary.touch(mode=0o600)
    temporary.chmod(0o600)
    temporary.write_bytes(data)
    temporary.replace(path)
