"""Every example under clients/python/examples, run as its own process against the
live server with IMAGEGALLERY_ADDRESS and IMAGEGALLERY_TOKEN (as a user would)."""

import os
import subprocess
import sys
from pathlib import Path

from conftest import new_subscription, unique

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def run(example: str, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(EXAMPLES / example), *args],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def test_every_example_is_tested():
    assert sorted(p.name for p in EXAMPLES.glob("*.py")) == ["scenario.py", "watch.py"]


def test_the_scenario_publishes_and_the_watch_sees_it_completed(client):
    subscription = new_subscription(client, "python-example")
    resource_group = f"{subscription}/resourceGroups/images"
    version = (
        f"{resource_group}/providers/Microsoft.Compute/galleries/images/images/ubuntu"
        "/versions/1.0.0"
    )

    scenario = run("scenario.py", IMAGEGALLERY_RESOURCE_GROUP=resource_group)

    assert scenario.returncode == 0, scenario.stderr
    lines = scenario.stdout.splitlines()
    assert lines[0].startswith("signed in as tenants/")
    assert "error handled: ALREADY_EXISTS ERROR_REASON_RESOURCE_ALREADY_EXISTS" in lines
    assert "error handled: gallery_id: ERROR_REASON_INVALID_NAME" in lines
    assert any(line.startswith("uploaded 8388608 bytes, sha256 ") for line in lines)
    assert "  AGGREGATED_REPLICATION_STATE_COMPLETED: eastus 100%, westus 100%" in lines
    assert f"published {version}" in lines
    assert lines[-1] == f"latest in westus: {version}"

    watch = run("watch.py", "--scope", resource_group, "--until-completed", "--timeout", "60")

    assert watch.returncode == 0, watch.stderr
    assert f"{version} AGGREGATED_REPLICATION_STATE_COMPLETED" in watch.stdout
    assert "REPLICATION_STATE_COMPLETED" in watch.stdout


def test_the_watch_gives_up_after_its_timeout():
    # Nothing is ever created in this scope; an empty initial state is all done,
    # so without --until-completed the watch waits until its timeout.
    scope = f"/subscriptions/{unique('python-example')}"
    watch = run("watch.py", "--scope", scope, "--timeout", "1")

    assert watch.returncode == 0, watch.stderr
    assert watch.stdout == ""
    assert "timed out after 1 s" in watch.stderr
