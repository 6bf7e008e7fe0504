"""The README's grpcurl session, run as printed with the real grpcurl."""

import json
import re
import shlex
import subprocess
from pathlib import Path

import pytest
from imagegallery_server.testing import ServerProcess

ROOT = Path(__file__).resolve().parent.parent
GRPCURL = ROOT / "build" / "bin" / "grpcurl"
README_ADDRESS = "127.0.0.1:50051"
README_TOKEN = "$(cat data/owner-token)"
VARYING = ("create_time", "update_time", "tenant")  # the first start's tenant is a UUID


def readme_session() -> list[tuple[str, str]]:
    """Each `$ command` of the README's console blocks with the output printed under it."""
    blocks = re.findall(r"```console\n(.*?)```", (ROOT / "README.md").read_text(), re.S)
    steps: list[tuple[str, str]] = []
    for block in blocks:
        for chunk in re.split(r"^\$ ", block, flags=re.M)[1:]:
            command, _, output = chunk.partition("\n")
            steps.append((command, output))
    return steps


def comparable(output: str) -> object:
    """JSON answers without the fields that differ between runs; other text as is."""
    if output.startswith("{"):
        answer = json.loads(output)
        return {key: value for key, value in answer.items() if key not in VARYING}
    return output.rstrip("\n")


@pytest.fixture(scope="module")
def fresh_server(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("readme")
    server = ServerProcess(data_dir, env={"IMAGEGALLERY_AUTH": "token"}).start()
    yield server
    assert server.stop() == 0


def test_the_readme_shows_a_session():
    commands = [command for command, _ in readme_session()]

    assert len(commands) >= 4
    assert all(command.startswith("grpcurl ") for command in commands)


def test_the_grpcurl_session_works_as_printed(fresh_server):
    assert GRPCURL.exists(), "make setup builds grpcurl into build/bin"
    for command, printed in readme_session():
        token = (fresh_server.data_dir / "owner-token").read_text().strip()
        command = command.replace(README_ADDRESS, fresh_server.address)
        argv = shlex.split(command.replace(README_TOKEN, token))
        run = subprocess.run(
            [str(GRPCURL), *argv[1:]], capture_output=True, text=True, timeout=30, check=False
        )
        output = run.stdout if run.returncode == 0 else run.stderr

        assert comparable(output) == comparable(printed), command
