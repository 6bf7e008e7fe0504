"""The official Azure management SDKs of other languages, unmodified and pinned by
their own lock files under tests/arm_sdks/, run against the ARM front: each given
only the endpoint, a token and the server's CA."""

import json
import os
import subprocess
from pathlib import Path

import pytest
from arm import RG, SUBSCRIPTION, arm_server, image_source

SDKS = Path(__file__).resolve().parent / "arm_sdks"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    process = arm_server(tmp_path_factory.mktemp("arm-sdks"))
    yield process
    assert process.stop() == 0


def run(command: list[str], cwd: Path, server, source: str, **env: str) -> dict:
    done = subprocess.run(
        command,
        cwd=cwd,
        env={
            **os.environ,
            "ARM_ENDPOINT": server.arm_endpoint,
            "IMAGEGALLERY_TOKEN": server.owner_token,
            "SUBSCRIPTION": SUBSCRIPTION,
            "RESOURCE_GROUP": RG,
            "SOURCE_ID": source,
            **env,
        },
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def assert_published_and_deleted(seen: dict, gallery: str) -> None:
    assert seen["gallery"]["name"] == gallery and seen["gallery"]["state"] == "Succeeded"
    assert seen["gallery"]["uniqueName"]
    assert seen["version"]["id"].endswith(f"/galleries/{gallery}/images/ubuntu/versions/1.0.0")
    assert seen["version"]["state"] == "Succeeded"
    assert seen["replication"] == "Completed"
    assert seen["regions"] == ["eastus", "westus"]
    assert seen["listed"] == ["1.0.0"]
    assert seen["error"] == {"statusCode": 404, "code": "ResourceNotFound"}
    assert gallery not in seen["remaining"]


def test_node_arm_compute(server):
    program = SDKS / "node"
    seen = run(
        ["node", "publish.mjs"],
        program,
        server,
        image_source(server, "node-disk"),
        NODE_EXTRA_CA_CERTS=str(server.arm_ca),
    )

    assert_published_and_deleted(seen, "node")
    polls = [e for e in server.log_events() if "capsOperations" in str(e.get("path", ""))]
    assert polls, "the SDK's poller read the operation's status"


def test_go_armcompute(server):
    seen = run(
        ["go", "run", "."],
        SDKS / "go",
        server,
        image_source(server, "go-disk"),
        ARM_CA=str(server.arm_ca),
    )

    assert_published_and_deleted(seen, "go")


def test_java_azure_resourcemanager_compute(server, tmp_path):
    truststore = tmp_path / "trust.p12"
    subprocess.run(
        [
            "keytool",
            "-importcert",
            "-noprompt",
            "-storetype",
            "PKCS12",
            "-storepass",
            "changeit",
            "-alias",
            "imagegallery",
            "-file",
            str(server.arm_ca),
            "-keystore",
            str(truststore),
        ],
        check=True,
        capture_output=True,
    )
    program = SDKS / "java"
    classpath = (program / "classpath.txt").read_text().strip()  # written by make setup
    seen = run(
        [
            "java",
            f"-Djavax.net.ssl.trustStore={truststore}",
            "-Djavax.net.ssl.trustStorePassword=changeit",
            "-cp",
            classpath,
            "Publish.java",
        ],
        program,
        server,
        image_source(server, "java-disk"),
    )

    assert_published_and_deleted(seen, "java")
