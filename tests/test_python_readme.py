"""The Python client's README, run as printed: its Python blocks in order, as one
program, against a fresh server (only the address and the token are the live ones)."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from imagegallery_server.testing import ServerProcess

README = Path(__file__).resolve().parent.parent / "clients" / "python" / "README.md"
README_ADDRESS = "127.0.0.1:50051"
README_TOKEN = "igt_…"
DISK = os.urandom(1 << 20) + bytes(1 << 20)  # data, then zeros the upload skips


def readme_program() -> str:
    return "\n\n".join(re.findall(r"```python\n(.*?)```", README.read_text(), re.S))


@pytest.fixture(scope="module")
def fresh_server(tmp_path_factory):
    server = ServerProcess(
        tmp_path_factory.mktemp("python-readme"), env={"IMAGEGALLERY_AUTH": "token"}
    ).start()
    yield server
    assert server.stop() == 0


def test_the_readme_shows_every_step_a_user_takes():
    program = readme_program()

    for step in (
        "CreateGallery(",
        "CreateImageDefinition(",
        "client.upload(",
        "begin_create_image_version(",
        "list_image_versions(",
        "GetLatestImageVersion(",
        "client.subscription(",
        "client.watch(",
        "except InvalidArgumentError",
        "AsyncClient(",
    ):
        assert step in program, step


def test_the_readme_runs_as_printed(fresh_server, tmp_path):
    token = (fresh_server.data_dir / "owner-token").read_text().strip()
    program = readme_program().replace(README_ADDRESS, fresh_server.address)
    (tmp_path / "readme.py").write_text(program.replace(README_TOKEN, token))
    (tmp_path / "disk.raw").write_bytes(DISK)

    run = subprocess.run(
        [sys.executable, "readme.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )

    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    version = (
        "/subscriptions/demo/resourceGroups/rg/providers/Microsoft.Compute/galleries/gallery"
        "/images/ubuntu/versions/1.0.0"
    )
    assert lines[0].startswith("tenants/")  # the owner, as GetCaller names it
    assert lines[1].startswith("operations/") and lines[1].endswith(" InProgress")
    assert version in lines  # the pager, then latest
    assert lines.count(version) == 2
    assert "completed in ['eastus', 'westus']" in lines
    assert f"True {version.rsplit('/versions/', 1)[0]}" in lines  # by ids
    assert "StatusCode.INVALID_ARGUMENT ERROR_REASON_INVALID_NAME" in lines
    assert any(line.startswith("uploaded ") for line in lines)
    assert not any(line.startswith("still there:") for line in lines)  # deleted by then
