"""TLS and mutual TLS on real servers and real ports, with certificates made here:
a CA, a server certificate for 127.0.0.1 and localhost and a client certificate
signed by it, and an unrelated CA with a client certificate of its own.

With TLS the bearer token still names the caller; with a client CA the server
also refuses any client whose certificate its CA did not sign. A refused
handshake is what gRPC reports as UNAVAILABLE.
"""

import datetime
import ipaddress
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import grpc
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from imagegallery.v1 import access_service_pb2, access_service_pb2_grpc
from imagegallery_server.testing import ServerProcess, wait_for

# gRPC core logs why it refused a handshake at INFO, whatever the caller's environment says.
SERVER_ENV = {"IMAGEGALLERY_AUTH": "token", "GRPC_VERBOSITY": "INFO"}
TIMEOUT = 10.0


@dataclass(frozen=True)
class Pem:
    """A certificate and its private key, PEM-encoded, and the files holding them."""

    cert: bytes
    key: bytes
    cert_path: Path
    key_path: Path


@dataclass(frozen=True)
class Pki:
    ca: Pem
    server: Pem
    client: Pem
    other_ca: Pem
    other_client: Pem


def _issue(
    directory: Path,
    name: str,
    issuer: tuple[x509.Certificate, ec.EllipticCurvePrivateKey] | None = None,
    sans: list[x509.GeneralName] | None = None,
    usage: x509.ObjectIdentifier | None = None,
) -> tuple[Pem, x509.Certificate, ec.EllipticCurvePrivateKey]:
    """A certificate named `name`, self-signed as a CA when there is no `issuer`."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    signer_cert, signer_key = issuer if issuer else (None, key)
    now = datetime.datetime.now(datetime.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(signer_cert.subject if signer_cert else subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=issuer is None, path_length=None), critical=True)
    )
    if issuer is None:
        builder = builder.add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
    if sans:
        builder = builder.add_extension(x509.SubjectAlternativeName(sans), critical=False)
    if usage:
        builder = builder.add_extension(x509.ExtendedKeyUsage([usage]), critical=False)
    cert = builder.sign(signer_key, hashes.SHA256())
    cert_pem = cert.public_bytes(serialization.Encoding.PEM)
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    cert_path, key_path = directory / f"{name}.crt", directory / f"{name}.key"
    cert_path.write_bytes(cert_pem)
    key_path.write_bytes(key_pem)
    return Pem(cert_pem, key_pem, cert_path, key_path), cert, key


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    directory = tmp_path_factory.mktemp("pki")
    ca, ca_cert, ca_key = _issue(directory, "ca")
    server_sans: list[x509.GeneralName] = [
        x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
        x509.DNSName("localhost"),
    ]
    server, _, _ = _issue(
        directory, "server", (ca_cert, ca_key), server_sans, ExtendedKeyUsageOID.SERVER_AUTH
    )
    client, _, _ = _issue(
        directory, "client", (ca_cert, ca_key), usage=ExtendedKeyUsageOID.CLIENT_AUTH
    )
    other_ca, other_cert, other_key = _issue(directory, "other-ca")
    other_client, _, _ = _issue(
        directory, "other-client", (other_cert, other_key), usage=ExtendedKeyUsageOID.CLIENT_AUTH
    )
    return Pki(ca, server, client, other_ca, other_client)


def _credentials(pki: Pki, client: Pem | None = None) -> grpc.ChannelCredentials:
    """Trusts the test CA; presents `client`'s certificate when given."""
    return grpc.ssl_channel_credentials(
        root_certificates=pki.ca.cert,
        private_key=client.key if client else None,
        certificate_chain=client.cert if client else None,
    )


def _start(directory: Path, pki: Pki, client_ca: bool) -> ServerProcess:
    args = ["--tls-cert", str(pki.server.cert_path), "--tls-key", str(pki.server.key_path)]
    if client_ca:
        args += ["--tls-client-ca", str(pki.ca.cert_path)]
    readiness = _credentials(pki, pki.client if client_ca else None)
    return ServerProcess(directory, env=SERVER_ENV, args=args, credentials=readiness).start()


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory, pki: Pki) -> Iterator[ServerProcess]:
    server = _start(tmp_path_factory.mktemp("tls"), pki, client_ca=False)
    yield server
    assert server.stop() == 0


@pytest.fixture(scope="module")
def mtls_server(tmp_path_factory: pytest.TempPathFactory, pki: Pki) -> Iterator[ServerProcess]:
    server = _start(tmp_path_factory.mktemp("mtls"), pki, client_ca=True)
    yield server
    assert server.stop() == 0


def _bearer(server: ServerProcess) -> tuple[tuple[str, str], ...]:
    token = (server.data_dir / "owner-token").read_text().strip()
    return (("authorization", f"Bearer {token}"),)


def _get_caller(
    server: ServerProcess, credentials: grpc.ChannelCredentials | None, token: bool = True
) -> access_service_pb2.Caller:
    """GetCaller over TLS with `credentials`, or in plaintext for None."""
    if credentials is None:
        channel = grpc.insecure_channel(server.address)
    else:
        channel = grpc.secure_channel(server.address, credentials)
    with channel:
        stub = access_service_pb2_grpc.AccessServiceStub(channel)
        metadata = _bearer(server) if token else ()
        return stub.GetCaller(
            access_service_pb2.GetCallerRequest(), metadata=metadata, timeout=TIMEOUT
        )


def _refused(call) -> grpc.RpcError:
    with pytest.raises(grpc.RpcError) as raised:
        call()
    return raised.value


def _handshake_refused(
    server: ServerProcess, credentials: grpc.ChannelCredentials | None, reason: str
) -> None:
    """A call with `credentials` fails as UNAVAILABLE because the server refused the
    TLS handshake: the client only sees the connection close, while the server logs
    the TLS library's `reason`."""
    before = server.log_path.read_text().count(reason)
    error = _refused(lambda: _get_caller(server, credentials))
    assert error.code() == grpc.StatusCode.UNAVAILABLE, f"{error.code()}: {error.details()}"
    wait_for(
        lambda: server.log_path.read_text().count(reason) > before,
        5,
        f"the server to log {reason} ({error.details()})",
    )


def test_the_server_reports_a_loopback_address(tls_server: ServerProcess) -> None:
    # The certificate names 127.0.0.1, so the tests connect to that address.
    assert tls_server.address.startswith("127.0.0.1:")


def test_a_client_trusting_the_ca_with_a_token_is_served(
    tls_server: ServerProcess, pki: Pki
) -> None:
    caller = _get_caller(tls_server, _credentials(pki))
    assert caller.authenticated
    assert caller.principal.name


def test_plaintext_is_refused_on_a_tls_port(tls_server: ServerProcess) -> None:
    _handshake_refused(tls_server, None, "WRONG_VERSION_NUMBER")


def test_tls_does_not_replace_the_token(tls_server: ServerProcess, pki: Pki) -> None:
    error = _refused(lambda: _get_caller(tls_server, _credentials(pki), token=False))
    assert error.code() == grpc.StatusCode.UNAUTHENTICATED, error.details()


def test_a_client_that_does_not_trust_the_ca_refuses_the_server(
    tls_server: ServerProcess, pki: Pki
) -> None:
    untrusting = grpc.ssl_channel_credentials(root_certificates=pki.other_ca.cert)
    error = _refused(lambda: _get_caller(tls_server, untrusting))
    assert error.code() == grpc.StatusCode.UNAVAILABLE, f"{error.code()}: {error.details()}"
    assert "CERTIFICATE_VERIFY_FAILED" in (error.details() or ""), error.details()


def test_mtls_serves_a_client_certificate_the_ca_signed(
    mtls_server: ServerProcess, pki: Pki
) -> None:
    caller = _get_caller(mtls_server, _credentials(pki, pki.client))
    assert caller.authenticated
    assert caller.principal.name


def test_mtls_refuses_a_client_without_a_certificate(mtls_server: ServerProcess, pki: Pki) -> None:
    _handshake_refused(mtls_server, _credentials(pki), "PEER_DID_NOT_RETURN_A_CERTIFICATE")


def test_mtls_refuses_a_client_certificate_from_another_ca(
    mtls_server: ServerProcess, pki: Pki
) -> None:
    credentials = _credentials(pki, pki.other_client)
    _handshake_refused(mtls_server, credentials, "CERTIFICATE_VERIFY_FAILED")


@pytest.mark.parametrize(
    ("flags", "message"),
    [
        (["--tls-cert", "{server.crt}"], "needs both a certificate (--tls-cert) and its key"),
        (["--tls-key", "{server.key}"], "needs both a certificate (--tls-cert) and its key"),
        (
            ["--tls-cert", "{server.crt}", "--tls-key", "{missing.key}"],
            "missing.key is not a readable file",
        ),
    ],
    ids=["cert-without-key", "key-without-cert", "missing-key-file"],
)
def test_serve_refuses_incomplete_tls_settings(
    tmp_path: Path, pki: Pki, flags: list[str], message: str
) -> None:
    files = {
        "{server.crt}": str(pki.server.cert_path),
        "{server.key}": str(pki.server.key_path),
        "{missing.key}": str(tmp_path / "missing.key"),
    }
    command = [sys.executable, "-m", "imagegallery_server", "serve", "--listen", "127.0.0.1:0"]
    command += ["--data-dir", str(tmp_path / "data"), *(files.get(f, f) for f in flags)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode != 0, result.stderr
    assert message in result.stderr
