"""What a script written for `az sig` relies on, driven in subprocesses against a
real server: create run again, --query and the output formats, --ids with several
IDs, generic update (--set/--add/--remove), `image-version wait`, following an
operation by name, the logging flags, and progress bars on a terminal only."""

import argparse
import os
import pty
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from imagegallery_server.cli import generic_update
from imagegallery_server.cli.errors import UsageError
from test_cli import Cli, definition, upload
from versioning import disk_bytes

IMAGE = ["-g", "rg", "-r", "gallery1", "-i", "ubuntu"]


@pytest.fixture
def run(server, tmp_path: Path) -> Cli:
    return Cli(server.address, tmp_path)


@pytest.fixture
def version(run: Cli, tmp_path: Path) -> dict:
    """Version 1.0.0 of gallery1/ubuntu, made from the source `ubuntu`, in eastus."""
    definition(run)
    upload(run, tmp_path, "ubuntu", disk_bytes(0, zero_mib=1) + b"v")
    return run("image-version", "create", *IMAGE, "-e", "1.0.0", "--source", "ubuntu").json


# create, run again -------------------------------------------------------------


def test_a_create_run_again_returns_the_resource_or_changes_what_may_change(run):
    gallery = ("gallery", "create", "-g", "rg", "-r", "again", "-l", "eastus")
    first = run(*gallery, "--description", "Gold").json

    assert run(*gallery, "--description", "Gold").json == first  # same etag: untouched
    changed = run(*gallery, "--description", "Silver").json
    assert (changed["description"], changed["id"]) == ("Silver", first["id"])

    image = ("image-definition", "create", "-g", "rg", "-r", "again", "-i", "ubuntu",
             "-p", "Contoso", "-f", "Ubuntu", "-s", "22_04")  # fmt: skip
    made = run(*image, "--os-type", "Linux").json
    assert run(*image, "--os-type", "Linux").json == made
    refused = run(*image, "--os-type", "Windows", code=1)
    assert refused.stderr.splitlines()[0] == "ERROR: INVALID_ARGUMENT: Invalid request"
    assert refused.stderr.splitlines()[1].startswith(
        "  image_definition.os_type: os_type cannot change after the image definition is created"
    )


def test_a_version_create_run_again_is_refused_only_for_what_cannot_change(run, version):
    again = ("image-version", "create", *IMAGE, "-e", "1.0.0")

    same = run(*again, "--source", "ubuntu").json
    unchanged = ("etag", "updateTime")  # the server wrote the same values again
    assert {k: v for k, v in same.items() if k not in unchanged} == {
        k: v for k, v in version.items() if k not in unchanged
    }
    more = run(*again, "--source", "ubuntu", "--target-regions", "eastus", "westus").json
    assert [t["name"] for t in more["publishingProfile"]["targetRegions"]] == ["eastus", "westus"]
    refused = run(*again, "--source", "other", code=1)
    assert "  image_version.storage_profile.source: " in refused.stderr


# --query, -o, --ids -----------------------------------------------------------


def test_query_and_every_output_format(run):
    run("gallery", "create", "-g", "rg", "-r", "formats", "-l", "East US", "--tags", "a=1")
    shown = ("gallery", "show", "-g", "rg", "-r", "formats")

    assert run(*shown, "--query", "name", "-o", "tsv").stdout == "formats\n"
    # az's tsv: a list is one row per item; a row's values tab-separated, in key order,
    # a nested list as its length and a nested object as nothing.
    assert run(*shown, "--query", "[location, tags.a]", "-o", "tsv").stdout == "eastus\n1\n"
    row = run(*shown, "--query", "[[name, tags.a, ['x', 'y'], tags]]", "-o", "tsv").stdout
    assert row == "formats\t1\t2\t\n"
    assert run(*shown, "--query", "{n:name, s:provisioningState}").json == {
        "n": "formats",
        "s": "Succeeded",
    }
    assert run(*shown, "-o", "none").stdout == ""
    assert (
        run(*shown, "-o", "yaml", "--query", "type").stdout == "Microsoft.Compute/galleries\n...\n"
    )
    coloured = run(*shown, "-o", "jsonc", "--query", "name").stdout
    assert "\x1b[" in coloured and "formats" in coloured
    bad = run(*shown, "--query", "[name", code=2)
    assert "argument --query: invalid JMESPath query" in bad.stderr


def test_ids_take_several_resources_for_show_update_and_delete(run):
    ids = [
        run("gallery", "create", "-g", "rg", "-r", name, "-l", "eastus").json["id"]
        for name in ("many1", "many2")
    ]

    assert run("gallery", "show", "--ids", *ids, "--query", "[].name", "-o", "tsv").stdout == (
        "many1\nmany2\n"
    )
    updated = run("gallery", "update", "--ids", *ids, "--set", "tags.env=prod").json
    assert [g["tags"] for g in updated] == [{"env": "prod"}, {"env": "prod"}]
    assert run("gallery", "delete", "--ids", *ids).stdout == ""
    run("gallery", "show", "--ids", ids[1], code=1)


# Generic update ----------------------------------------------------------------


def test_set_add_and_remove_change_a_gallery_a_definition_and_a_version(run, version):
    definition_id = version["id"].rsplit("/versions/", 1)[0]
    gallery_id = definition_id.rsplit("/images/", 1)[0]

    gallery = run(
        "gallery", "update", "--ids", gallery_id, "--set", "description=Gold", "tags.team=ops",
        "tags.build=7",
    ).json  # fmt: skip
    assert (gallery["description"], gallery["tags"]) == ("Gold", {"team": "ops", "build": "7"})
    gallery = run("gallery", "update", "--ids", gallery_id, "--remove", "tags.team").json
    assert gallery["tags"] == {"build": "7"}

    image = run(
        "image-definition", "update", "--ids", definition_id,
        "--set", "recommended.vCpus.max=16", "endOfLifeDate=2099-01-01T00:00:00Z",
    ).json  # fmt: skip
    assert (image["recommended"]["vCpus"]["max"], image["endOfLifeDate"]) == (
        16,
        "2099-01-01T00:00:00Z",
    )

    added = run(
        "image-version", "update", "--ids", version["id"],
        "--add", "publishingProfile.targetRegions", "name=westus", "regionalReplicaCount=2",
    ).json  # fmt: skip
    assert [(t["name"], t["regionalReplicaCount"]) for t in added["publishingProfile"][
        "targetRegions"
    ]] == [("eastus", 1), ("westus", 2)]  # fmt: skip
    removed = run(
        "image-version", "update", "--ids", version["id"],
        "--remove", "publishingProfile.targetRegions", "1",
        "--set", "safetyProfile.allowDeletionOfReplicatedLocations=true",
    ).json  # fmt: skip
    assert [t["name"] for t in removed["publishingProfile"]["targetRegions"]] == ["eastus"]

    fixed = run("gallery", "update", "--ids", gallery_id, "--set", "location=westus", code=1)
    assert "  gallery.location: location cannot change" in fixed.stderr
    unknown = run("gallery", "update", "--ids", gallery_id, "--set", "colour=red", code=2)
    assert "colour is no property of Gallery" in unknown.stderr


def generic(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    generic_update.add_arguments(parser)
    return parser.parse_args(argv)


def test_generic_update_paths_and_values_are_read_as_az_reads_them():
    data = {"a": {"b": [{"c": 1}, {"c": 2}]}, "tags": {"x": "1"}, "n": 0}

    changed = generic_update.apply(
        data,
        generic(
            "--set", "a.b[1].c=5", "n=3", "s=text", "j={\"k\": [1]}", "--add", "a.b", "c=9",
            "--remove", "tags.x", "--remove", "a.b", "0",
        ),
    )  # fmt: skip

    assert changed == {"a": {"b": [{"c": 5}, {"c": 9}]}, "tags": {}, "n": 3, "s": "text",
                       "j": {"k": [1]}}  # fmt: skip
    assert data["n"] == 0  # the resource read is left as it was
    forced = generic_update.apply(data, generic("--set", "n=3", "--force-string"))
    assert forced["n"] == "3"
    for argv, says in [
        (("--set", "a.b[7].c=1"), "index 7 is out of range"),
        (("--add", "tags", "k=v"), "tags is not a list"),
        (("--remove", "nope"), "there is no nope"),
        (("--set", "a..b=1"), "is not a property path"),
    ]:
        with pytest.raises(UsageError, match=says):
            generic_update.apply(data, generic(*argv))


# wait, and operations by name --------------------------------------------------


def test_image_version_wait_waits_for_each_condition(run, tmp_path):
    definition(run)
    upload(run, tmp_path, "ubuntu", disk_bytes(0, zero_mib=1) + b"w")
    target = [*IMAGE, "-e", "2.0.0"]
    started = run("image-version", "create", *target, "--source", "ubuntu", "--no-wait").json

    quick = ["--interval", "0.1", "--timeout", "60"]
    assert run("image-version", "wait", *target, "--created", *quick).stdout == ""
    completed = "replicationStatus.aggregatedState=='Completed'"
    run("image-version", "wait", *target, "--custom", completed, *quick)
    run("image-version", "wait", *target, "--exists", *quick)
    assert run("operation", "show", "--name", started["name"]).json["done"] is True

    late = run("image-version", "wait", *target, "--deleted", "--interval", "0.1",
               "--timeout", "1", code=1)  # fmt: skip
    assert late.stderr.startswith("ERROR: timed out after 1 s: Succeeded")
    deleting = run("image-version", "delete", *target, "--no-wait").json
    assert run("operation", "wait", "--name", deleting["name"]).stdout == ""  # a delete: nothing
    run("image-version", "wait", *target, "--deleted", *quick)


def test_an_operation_is_followed_by_its_name_to_its_result(run, tmp_path):
    definition(run)
    upload(run, tmp_path, "ubuntu", disk_bytes(0, zero_mib=1) + b"o")
    started = run(
        "image-version", "create", *IMAGE, "-e", "3.0.0", "--source", "ubuntu", "--no-wait",
        "--query", "name", "-o", "tsv",
    ).stdout.strip()  # fmt: skip

    finished = run("operation", "wait", "--name", started).json
    assert (finished["name"], finished["provisioningState"]) == ("3.0.0", "Succeeded")
    listed = run("operation", "list", "--query", "[].name").json
    assert started in listed
    missing = run("operation", "wait", "--name", "operations/none", code=1)
    assert missing.stderr.startswith("ERROR: NOT_FOUND: ")


# Logging flags and progress ----------------------------------------------------


def test_debug_shows_each_call_and_its_request_id_verbose_what_is_done(run, tmp_path):
    made = run("gallery", "create", "-g", "rg", "-r", "logged", "-l", "eastus", "--debug")
    create = [line for line in made.stderr.splitlines() if "CreateGallery" in line]
    assert len(create) == 1 and "request_id=" in create[0], made.stderr

    again = run("gallery", "create", "-g", "rg", "-r", "logged", "-l", "eastus", "--verbose")
    assert "exists: setting the values given on it" in again.stderr
    assert "CreateGallery" not in again.stderr  # calls are --debug's

    disk = tmp_path / "quiet.raw"
    disk.write_bytes(os.urandom(4096))
    flags = ("-g", "rg", "-n", "quiet", "-l", "eastus", "--os-type", "Linux")
    loud = run("source", "upload", str(disk), *flags)
    assert "resume with --resume" in loud.stderr
    quiet = run("source", "upload", str(disk), *flags[:3], "quiet2", *flags[4:],
                "--only-show-errors")  # fmt: skip
    assert quiet.stderr == ""


def read_all(fd: int, into: list[bytes]) -> None:
    """What a terminal's other end is sent, until it closes."""
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # EIO: the terminal closed
            return
        if not chunk:
            return
        into.append(chunk)


def test_progress_bars_are_drawn_on_a_terminal(run, tmp_path):
    disk = tmp_path / "tty.raw"
    disk.write_bytes(os.urandom(3 << 20))
    primary, secondary = pty.openpty()
    drawn: list[bytes] = []
    reader = threading.Thread(target=read_all, args=(primary, drawn))
    reader.start()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "imagegallery_server.cli", "source", "upload", str(disk),
             "-g", "rg", "-n", "tty", "-l", "eastus", "--os-type", "Linux", "--query", "name",
             "-o", "tsv"],
            env={**run.env, "COLUMNS": "120"}, stdout=subprocess.PIPE, stderr=secondary,
            timeout=60, check=True, text=True,
        )  # fmt: skip
    finally:
        os.close(secondary)
        reader.join()
        os.close(primary)

    assert done.stdout == "tty\n"
    text = b"".join(drawn).decode(errors="replace")
    assert "tty.raw" in text and "3.1/3.1 MB" in text, text


def test_the_readme_command_line_runs_as_printed(server, tmp_path):
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    section = readme.split("## Command line", 1)[1]
    script = section.split("```sh\n", 1)[1].split("```", 1)[0]
    (tmp_path / "ubuntu.raw").write_bytes(disk_bytes(0, zero_mib=1) + b"readme")
    env = Cli(server.address, tmp_path).env
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env['PATH']}"

    done = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", script],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip

    assert done.returncode == 0, done.stderr
    assert done.stdout.endswith("1.0.0\n")  # the last command lists the version
