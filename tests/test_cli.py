"""The `imagegallery` command line, driven as a user drives it: in subprocesses
against a real server, every command, every output format, errors and help."""

import argparse
import hashlib
import json
import os
import subprocess
import sys
import time
import uuid
from concurrent import futures
from dataclasses import dataclass
from pathlib import Path

import grpc
import pytest
import yaml
from imagegallery.v1 import common_pb2, image_source_service_pb2_grpc
from imagegallery.v1 import gallery_service_pb2 as gallery_pb
from imagegallery_server import cli
from imagegallery_server.cli import values
from imagegallery_server.testing import ServerProcess
from test_uploads import chunks, new_upload
from versioning import QUICK_RETRIES, disk_bytes

MiB = 1 << 20
COMPLETED = "AGGREGATED_REPLICATION_STATE_COMPLETED"
CONSOLE_SCRIPT = Path(sys.executable).parent / "imagegallery"


@dataclass
class Result:
    code: int
    stdout: str
    stderr: str

    @property
    def json(self):
        return json.loads(self.stdout)


class Cli:
    """`python -m imagegallery_server.cli ...` with the server and subscription
    in the environment, as a user would have exported them."""

    def __init__(self, address: str, home: Path) -> None:
        self.subscription = str(uuid.uuid4())
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("IMAGEGALLERY_")}
        self.env.pop("XDG_CONFIG_HOME", None)
        self.env.update(
            HOME=str(home),  # no profile of the user running the tests
            IMAGEGALLERY_ADDRESS=address,
            IMAGEGALLERY_SUBSCRIPTION=self.subscription,
        )

    def __call__(self, *args: str, code: int = 0, env: dict[str, str] | None = None) -> Result:
        done = subprocess.run(
            [sys.executable, "-m", "imagegallery_server.cli", *args],
            env={**self.env, **(env or {})},
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        result = Result(done.returncode, done.stdout, done.stderr)
        assert result.code == code, f"exit {result.code} for {args}:\n{done.stderr}{done.stdout}"
        return result


@pytest.fixture
def run(server: ServerProcess, tmp_path: Path) -> Cli:
    return Cli(server.address, tmp_path)


def rows(table: str) -> list[dict[str, str]]:
    """A table's rows as dicts, its columns where the dashes under the header are."""
    lines = [line for line in table.splitlines() if line.strip()]
    header, rule, *body = lines
    starts = [i for i, c in enumerate(rule) if c == "-" and (i == 0 or rule[i - 1] == " ")]
    bounds = list(zip(starts, [*starts[1:], None], strict=True))
    names = [header[a:b].strip() for a, b in bounds]
    return [
        {n: line[a:b].strip() for n, (a, b) in zip(names, bounds, strict=True)} for line in body
    ]


def write_disk(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def definition(run: Cli, gallery: str = "gallery1", image: str = "ubuntu") -> None:
    run("gallery", "create", "-g", "rg", "-r", gallery, "-l", "eastus")
    run(
        "image-definition", "create", "-g", "rg", "-r", gallery, "-i", image,
        "-p", "Contoso", "-f", "Ubuntu", "-s", "22_04", "--os-type", "Linux",
    )  # fmt: skip


def upload(run: Cli, tmp_path: Path, name: str, data: bytes, *flags: str) -> dict:
    disk = write_disk(tmp_path / f"{name}.raw", data)
    flags = flags or ("--os-type", "Linux")
    return run("source", "upload", str(disk), "-g", "rg", "-n", name, "-l", "eastus", *flags).json


# Help ----------------------------------------------------------------------


def every_command(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield (*path, name)
                yield from every_command(sub, (*path, name))


COMMANDS = sorted(every_command(cli.build_parser()))


def test_the_command_tree_is_that_of_az_sig():
    leaves = {c for c in COMMANDS if len(c) == 2}
    for group in ("gallery", "image-definition", "image-version"):
        for verb in ("create", "show", "list", "update", "delete"):
            assert (group, verb) in leaves
    assert {("image-version", "watch"), ("source", "upload"), ("source", "show")} <= leaves
    assert {("source", "list"), ("source", "delete"), ("serve",)} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_has_help_with_an_example(command, capsys):
    with pytest.raises(SystemExit) as exited:
        cli.run([*command, "--help"])

    assert exited.value.code == 0
    text = capsys.readouterr().out
    assert f"usage: imagegallery {' '.join(command)}" in text
    assert "example" in text
    assert f"imagegallery {' '.join(command)} " in text.split("example", 1)[1]


def test_the_console_script_keeps_serve_as_it_was():
    done = subprocess.run(
        [str(CONSOLE_SCRIPT), "serve", "--help"], capture_output=True, text=True, check=True
    )
    assert "--listen HOST:PORT" in done.stdout
    assert "--data-dir DIR" in done.stdout
    assert "IMAGEGALLERY_LISTEN" in done.stdout


# Galleries and image definitions -------------------------------------------


def test_a_gallery_is_created_shown_listed_updated_and_deleted(run):
    created = run(
        "gallery", "create", "-g", "rg", "-r", "myGallery", "-l", "East US",
        "--description", "Golden images", "--tags", "team=platform", "env",
    ).json  # fmt: skip
    group = f"/subscriptions/{run.subscription}/resourceGroups/rg"
    name = f"{group}/providers/Microsoft.Compute/galleries/myGallery"
    # The keys az prints: the full ID as `id`, the short name, type, resource group.
    assert (created["id"], created["name"]) == (name, "myGallery")
    assert (created["type"], created["resourceGroup"]) == ("Microsoft.Compute/galleries", "rg")
    assert created["location"] == "eastus"
    assert created["tags"] == {"team": "platform", "env": ""}
    assert created["provisioningState"] == "Succeeded"
    assert list(created) == sorted(created)

    shown = yaml.safe_load(
        run("gallery", "show", "-g", "rg", "-r", "MYGALLERY", "-o", "yaml").stdout
    )
    assert shown == created
    assert run("gallery", "show", "--ids", name).json == created
    assert run("gallery", "create", "-g", "rg", "-r", "myGallery", "-l", "eastus").json == created

    run("gallery", "create", "-g", "other", "-r", "second", "-l", "westus")
    in_group = rows(run("gallery", "list", "-g", "rg", "-o", "table").stdout)
    assert in_group == [
        {
            "Name": "myGallery",
            "ResourceGroup": "rg",
            "Location": "eastus",
            "ProvisioningState": "Succeeded",
        }
    ]
    in_subscription = run("gallery", "list").json  # the subscription from the environment
    assert sorted(g["name"] for g in in_subscription) == ["myGallery", "second"]
    everywhere = run("gallery", "list", "--all").json
    assert {g["id"] for g in in_subscription} <= {g["id"] for g in everywhere}

    updated = run(
        "gallery", "update", "-g", "rg", "-r", "myGallery", "--description", "Gold", "--tags", "a=b"
    ).json
    assert (updated["description"], updated["tags"]) == ("Gold", {"a": "b"})
    cleared = run("gallery", "update", "-g", "rg", "-r", "myGallery", "--tags", "").json
    assert cleared["tags"] == {}
    assert cleared["description"] == "Gold"

    assert run("gallery", "delete", "-g", "rg", "-r", "myGallery").stdout == ""
    gone = run("gallery", "show", "-g", "rg", "-r", "myGallery", code=1)
    assert gone.stderr.startswith("ERROR: NOT_FOUND: ")


def test_an_image_definition_is_created_shown_listed_updated_and_deleted(run):
    run("gallery", "create", "-g", "rg", "-r", "g", "-l", "westus")
    created = run(
        "image-definition", "create", "-g", "rg", "-r", "g", "-i", "win",
        "-p", "Contoso", "-f", "Windows", "-s", "2022", "--os-type", "windows",
        "--hyper-v-generation", "V2", "--end-of-life-date", "2099-12-31",
        "--minimum-cpu-core", "2", "--maximum-cpu-core", "8", "--minimum-memory", "4",
        "--disallowed-disk-types", "Standard_LRS", "PremiumV2_LRS",
        "--plan-name", "plan", "--plan-publisher", "pub", "--plan-product", "prod",
        "--description", "Server", "--tags", "tier=gold",
    ).json  # fmt: skip
    assert (created["name"], created["type"]) == ("win", "Microsoft.Compute/galleries/images")
    assert created["osType"] == "Windows"
    assert created["osState"] == "Generalized"  # az's default
    assert created["hyperVGeneration"] == "V2"
    assert created["identifier"] == {"offer": "Windows", "publisher": "Contoso", "sku": "2022"}
    assert created["endOfLifeDate"] == "2099-12-31T12:59:59Z"  # a date alone, as az
    assert created["recommended"]["vCpus"] == {"max": 8, "min": 2}  # numbers as numbers
    assert created["disallowedDiskTypes"] == ["Standard_LRS", "PremiumV2_LRS"]
    assert created["purchasePlan"] == {"name": "plan", "product": "prod", "publisher": "pub"}

    table = rows(
        run("image-definition", "show", "-g", "rg", "-r", "g", "-i", "win", "-o", "table").stdout
    )
    assert table[0]["OsType"] == "Windows"
    assert table[0]["HyperVGeneration"] == "V2"
    assert table[0]["Name"] == "win"

    updated = run(
        "image-definition", "update", "-g", "rg", "-r", "g", "-i", "win",
        "--maximum-cpu-core", "16", "--end-of-life-date", "2100-01-02T03:04:05Z",
    ).json  # fmt: skip
    assert updated["recommended"]["vCpus"] == {"max": 16, "min": 2}  # the minimum kept
    assert updated["endOfLifeDate"] == "2100-01-02T03:04:05Z"

    listed = yaml.safe_load(
        run("image-definition", "list", "-g", "rg", "-r", "g", "-o", "yaml").stdout
    )
    assert [d["name"] for d in listed] == [created["name"]]

    run("image-definition", "delete", "--ids", created["id"])
    assert run("image-definition", "list", "-g", "rg", "-r", "g").json == []


# Sources ---------------------------------------------------------------------


def test_a_disk_is_uploaded_without_its_zeros_and_becomes_a_source(run, tmp_path):
    data = os.urandom(MiB + 100) + bytes(3 * MiB) + os.urandom(5000) + bytes(10_000)
    disk = write_disk(tmp_path / "disk.raw", data)

    done = run(
        "source", "upload", str(disk), "-g", "rg", "-n", "ubuntu", "-l", "eastus",
        "--os-type", "Linux", "--hyper-v-generation", "V2", "--tags", "os=ubuntu",
    )  # fmt: skip

    source = done.json
    assert source["id"].endswith("/rg/providers/Microsoft.Compute/images/ubuntu")
    assert source["kind"] == "ManagedImage"
    assert (source["osType"], source["osState"]) == ("Linux", "Generalized")
    disk_info = source["osDisk"]["disk"]
    assert disk_info["sha256"] == hashlib.sha256(data).hexdigest()
    assert disk_info["sizeBytes"] == len(data)  # a number, not a string
    # The SDK's upload sent no chunk of zeros; the server stores only blocks with data.
    assert disk_info["occupiedBytes"] <= MiB + 100 + 3 * MiB
    assert "uploads/" in done.stderr and "--resume" in done.stderr
    assert "%" not in done.stderr  # progress bars only on a terminal

    assert run("source", "show", "-g", "rg", "-n", "ubuntu").json == source
    assert run("source", "show", "--ids", source["id"], "-o", "yaml").stdout == yaml.safe_dump(
        source, sort_keys=False
    )
    assert (
        rows(run("source", "list", "-g", "rg", "-o", "table").stdout)[0]["Kind"] == "ManagedImage"
    )
    run("source", "delete", "-g", "rg", "-n", "ubuntu")
    assert run("source", "list", "-g", "rg").json == []


def test_an_interrupted_upload_resumes_from_what_the_server_holds(run, server, tmp_path):
    data = os.urandom(3 * MiB)
    disk = write_disk(tmp_path / "disk.raw", data)
    group = f"/subscriptions/{run.subscription}/resourceGroups/rg"
    with grpc.insecure_channel(server.address) as channel:
        stub = image_source_service_pb2_grpc.ImageSourceServiceStub(channel)
        started = new_upload(stub, group, len(data))
        stub.WriteUpload(chunks(started.name, data[:MiB]))

    done = run(
        "source", "upload", str(disk), "-g", "rg", "-n", "snap", "-l", "eastus",
        "--kind", "Snapshot", "--resume", started.name,
    )  # fmt: skip

    assert done.json["id"].endswith("/providers/Microsoft.Compute/snapshots/snap")
    assert done.json["osDisk"]["disk"]["sha256"] == hashlib.sha256(data).hexdigest()
    assert run("source", "show", "-g", "rg", "-n", "snap", "--kind", "snapshot").json == done.json


# Image versions --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("eastus", ("eastus", None, None)),
        ("westus=3", ("westus", 3, None)),
        ("westus=standard_zrs", ("westus", None, "STANDARD_ZRS")),
        ("East US=2=Standard_ZRS", ("East US", 2, "STANDARD_ZRS")),
        ("northeurope=1=PREMIUM_LRS", ("northeurope", 1, "PREMIUM_LRS")),
    ],
)
def test_target_regions_are_split_as_az_splits_them(text, expected):
    parsed = values.target_region(text)
    storage = parsed.storage_account_type
    label = (
        common_pb2.StorageAccountType.Name(storage).removeprefix("STORAGE_ACCOUNT_TYPE_")
        if storage
        else None
    )
    assert (parsed.name, parsed.replica_count, label) == expected


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("eastus=fast", "neither an integer replica count or a valid storage account type"),
        ("eastus=x=Standard_LRS", "second part must be a valid integer replica count"),
        ("eastus=2=Hot_LRS", "third part must be a valid storage account type"),
    ],
)
def test_bad_target_regions_are_usage_errors(run, text, says):
    refused = run(
        "image-version", "create", "-g", "rg", "-r", "g", "-i", "d", "-e", "1.0.0",
        "--source", "s", "--target-regions", text, code=2,
    )  # fmt: skip
    assert says in refused.stderr
    assert "usage: imagegallery image-version create" in refused.stderr


def test_an_image_version_is_created_shown_listed_updated_and_deleted(run, tmp_path):
    definition(run)
    source = upload(run, tmp_path, "ubuntu", disk_bytes(0, zero_mib=1) + b"v")
    image = ["-g", "rg", "-r", "gallery1", "-i", "ubuntu"]

    created = run(
        "image-version", "create", *image, "-e", "1.0.0", "--source", "ubuntu",
        "--target-regions", "East US=2=Standard_ZRS", "westus=Premium_LRS",
        "--replica-count", "1", "--end-of-life-date", "2099-01-01", "--tags", "build=7",
    )  # fmt: skip

    version = created.json
    assert version["storageProfile"]["source"] == source["id"]
    targets = version["publishingProfile"]["targetRegions"]
    assert targets == [
        {
            "excludeFromLatest": False,
            "name": "eastus",
            "regionalReplicaCount": 2,
            "storageAccountType": "Standard_ZRS",
        },
        {
            "excludeFromLatest": False,
            "name": "westus",
            "regionalReplicaCount": 1,  # the common count
            "storageAccountType": "Premium_LRS",
        },
    ]
    assert version["publishingProfile"]["endOfLifeDate"] == "2099-01-01T12:59:59Z"
    assert version["provisioningState"] == "Succeeded"
    assert created.stderr == ""  # progress bars only on a terminal

    plain = run("image-version", "show", *image, "-e", "1.0.0").json
    assert plain["replicationStatus"] is None
    expanded = run(
        "image-version", "show", *image, "-e", "1.0.0", "--expand", "ReplicationStatus"
    ).json
    status = expanded["replicationStatus"]
    assert status["aggregatedState"] == "Completed"
    assert {r["region"]: r["replicasCompleted"] for r in status["summary"]} == {
        "eastus": 2,
        "westus": 1,
    }
    text = run(
        "image-version", "show", "--ids", version["id"], "--expand", "replicationstatus",
        "--query", "replicationStatus.summary[].{Region:region, State:state}", "-o", "table",
    ).stdout  # fmt: skip
    assert rows(text) == [
        {"Region": "eastus", "State": "Completed"},
        {"Region": "westus", "State": "Completed"},
    ]

    excluded = run(
        "image-version", "create", *image, "-e", "2.0.0", "--source", source["name"],
        "--exclude-from-latest", "true", "-o", "yaml",
    )  # fmt: skip
    assert yaml.safe_load(excluded.stdout)["publishingProfile"]["excludeFromLatest"] is True
    assert run("image-version", "show", *image, "--latest").json["id"] == version["id"]
    in_westus = run("image-version", "show", *image, "--latest", "--region", "West US").json
    assert in_westus["id"] == version["id"]

    listed = run(
        "image-version", "list", *image, "-o", "tsv",
        "--query", "[].[name, publishingProfile.excludeFromLatest]",
    ).stdout  # fmt: skip
    assert listed == "1.0.0\tFalse\n2.0.0\tTrue\n"  # as az's tsv spells booleans

    included = run(
        "image-version", "update", *image, "-e", "2.0.0", "--exclude-from-latest", "false"
    ).json
    assert included["publishingProfile"]["excludeFromLatest"] is False
    assert run("image-version", "show", *image, "--latest").json["name"] == "2.0.0"

    refused = run(
        "image-version", "update", *image, "-e", "1.0.0", "--target-regions", "eastus=2", code=1
    )
    assert refused.stderr.startswith("ERROR: FAILED_PRECONDITION: Removing westus")
    narrowed = run(
        "image-version", "update", *image, "-e", "1.0.0", "--target-regions", "eastus=2",
        "--allow-replicated-location-deletion", "--tags", "build=8",
    ).json  # fmt: skip
    assert [t["name"] for t in narrowed["publishingProfile"]["targetRegions"]] == ["eastus"]
    assert narrowed["safetyProfile"]["allowDeletionOfReplicatedLocations"] is True
    assert narrowed["tags"] == {"build": "8"}

    started = run("image-version", "delete", *image, "-e", "2.0.0", "--no-wait").json
    assert started["name"].startswith("operations/")
    assert run("image-version", "delete", *image, "-e", "1.0.0").stdout == ""
    run("image-version", "show", *image, "-e", "1.0.0", code=1)


def test_a_version_made_of_per_disk_sources_can_be_started_without_waiting(run, tmp_path):
    definition(run)
    upload(
        run,
        tmp_path,
        "os0",
        disk_bytes(0, zero_mib=1) + b"o",
        "--kind",
        "Snapshot",
        "--os-type",
        "Linux",
    )
    upload(run, tmp_path, "data0", disk_bytes(0, zero_mib=1) + b"d", "--kind", "Snapshot")

    started = run(
        "image-version", "create", "-g", "rg", "-r", "gallery1", "-i", "ubuntu", "-e", "1.0.0",
        "--os-snapshot", "os0", "--data-snapshots", "data0", "--data-snapshot-luns", "3",
        "--no-wait", "--query", "[name, metadata.verb, metadata.target]", "-o", "tsv",
    )  # fmt: skip

    name, verb, target = started.stdout.split()
    assert name.startswith("operations/")
    assert (verb, target.rsplit("/", 1)[1]) == ("create", "1.0.0")
    watched = run(
        "image-version", "watch", "-g", "rg", "-r", "gallery1", "-i", "ubuntu", "-e", "1.0.0"
    )
    assert watched.json["replicationStatus"]["aggregatedState"] == "Completed"
    disks = watched.json["storageProfile"]
    assert disks["osDiskImage"]["source"].endswith("/snapshots/os0")
    assert disks["dataDiskImages"][0]["lun"] == 3


@pytest.fixture(scope="module")
def slow_server(tmp_path_factory):
    """Copies to westus run at 1 MiB/s, so a 2 MiB version takes seconds there."""
    server = ServerProcess(
        tmp_path_factory.mktemp("cli-watch"),
        env={"IMAGEGALLERY_REGION_THROTTLES": "westus=1048576"},
    ).start()
    yield server
    assert server.stop() == 0


def test_watch_shows_each_region_until_replication_completes(slow_server, tmp_path):
    run = Cli(slow_server.address, tmp_path)
    definition(run)
    upload(run, tmp_path, "ubuntu", disk_bytes(2))
    image = ["-g", "rg", "-r", "gallery1", "-i", "ubuntu", "-e", "1.0.0"]
    run(
        "image-version",
        "create",
        *image,
        "--source",
        "ubuntu",
        "--target-regions",
        "eastus",
        "westus",
        "--no-wait",
    )

    began = time.monotonic()
    query = "replicationStatus.summary[].{Region:region, State:state, Progress:progress}"
    watched = run("image-version", "watch", *image, "--query", query, "-o", "table")
    took = time.monotonic() - began

    assert took > 0.5, "the watch ended before replication to westus could complete"
    assert rows(watched.stdout) == [
        {"Region": "eastus", "State": "Completed", "Progress": "100"},
        {"Region": "westus", "State": "Completed", "Progress": "100"},
    ]
    shown = run("image-version", "show", *image[:6], "--latest", "--region", "westus").json
    assert shown["id"].endswith("/versions/1.0.0")


def test_a_watch_of_a_failed_replication_exits_non_zero(tmp_path):
    """westus's root is a file, so every copy there fails, as on a broken disk."""
    blocked = tmp_path / "westus-root"
    blocked.write_text("a file where the region's folder should be")
    env = {"IMAGEGALLERY_REGION_ROOTS": f"westus={blocked}", **QUICK_RETRIES}
    server = ServerProcess(tmp_path / "data", env=env).start()
    try:
        run = Cli(server.address, tmp_path)
        definition(run)
        upload(run, tmp_path, "ubuntu", disk_bytes(1))
        image = ["-g", "rg", "-r", "gallery1", "-i", "ubuntu", "-e", "1.0.0"]
        targets = ["--target-regions", "eastus", "westus", "--no-wait"]
        run("image-version", "create", *image, "--source", "ubuntu", *targets)

        watched = run("image-version", "watch", *image, code=1)

        assert watched.json["replicationStatus"]["aggregatedState"] == "Failed"
        error = watched.stderr.splitlines()[-1]
        assert error.startswith("ERROR: replication of 1.0.0 failed: westus: "), error
    finally:
        assert server.stop() == 0


# Errors, connection, profile -------------------------------------------------


def test_a_refused_request_prints_one_line_and_each_field_at_fault(run):
    refused = run("gallery", "create", "-g", "rg", "-r", "bad-", "-l", "chinaeast2", code=1)

    lines = refused.stderr.splitlines()
    assert lines[0] == "ERROR: INVALID_ARGUMENT: Invalid request"
    assert lines[1].startswith("  gallery_id: 'bad-' is not a valid name")
    assert lines[2].startswith(
        "  gallery.location: China East 2 (chinaeast2) is a region of AzureChinaCloud"
    )
    assert len(lines) == 3
    assert refused.stdout == ""


def test_usage_errors_exit_2(run):
    no_subscription = run(
        "gallery", "show", "-g", "rg", "-r", "g", code=2, env={"IMAGEGALLERY_SUBSCRIPTION": ""}
    )
    assert "needs a subscription" in no_subscription.stderr
    assert (
        "needs a subscription"
        in run("gallery", "list", "-g", "rg", code=2, env={"IMAGEGALLERY_SUBSCRIPTION": ""}).stderr
    )
    nothing = run("gallery", "update", "-g", "rg", "-r", "g", code=2)
    assert "nothing to change" in nothing.stderr
    both = run(
        "image-version", "show", "-g", "rg", "-r", "g", "-i", "d", "-e", "1.0.0", "--latest", code=2
    )
    assert "either -e/--gallery-image-version or --latest" in both.stderr
    beos = run(
        "image-definition", "create", "-g", "rg", "-r", "g", "-i", "d",
        "-p", "p", "-f", "f", "-s", "s", "--os-type", "BeOS", code=2,
    )  # fmt: skip
    assert "invalid choice 'BeOS' (choose from Windows, Linux)" in beos.stderr
    run("gallery", code=2)


def test_an_unreachable_server_is_one_line(run):
    failed = run(
        "gallery", "list", "--all", "--address", "127.0.0.1:1", "--call-timeout", "3", code=1
    )
    assert failed.stderr.startswith("ERROR: UNAVAILABLE: cannot reach the server at 127.0.0.1:1")
    assert len(failed.stderr.splitlines()) == 1


def test_the_profile_file_gives_address_token_and_subscription(run, server, tmp_path):
    profile = tmp_path / "profile.toml"
    profile.write_text(
        f'address = "{server.address}"\nsubscription = "from-profile"\ntoken = "t"\n'
    )
    env = {
        "IMAGEGALLERY_ADDRESS": "",
        "IMAGEGALLERY_SUBSCRIPTION": "",
        "IMAGEGALLERY_PROFILE": str(profile),
    }

    created = run(
        "gallery", "create", "-g", "rg", "-r", f"p{uuid.uuid4().hex[:8]}", "-l", "eastus", env=env
    )

    assert created.json["id"].startswith("/subscriptions/from-profile/resourceGroups/rg/")
    default = tmp_path / ".config" / "imagegallery" / "profile.toml"  # under HOME
    default.parent.mkdir(parents=True)
    default.write_text(profile.read_text())
    env.pop("IMAGEGALLERY_PROFILE")
    assert run("gallery", "show", "--ids", created.json["id"], env=env).json == created.json
    missing = run(
        "gallery", "list", code=1, env={"IMAGEGALLERY_PROFILE": str(tmp_path / "none.toml")}
    )
    assert missing.stderr.startswith("ERROR: the profile ")


def test_the_token_is_sent_as_a_bearer_header_and_every_call_has_a_deadline(run):
    seen: list[tuple[str | None, float]] = []

    def get_gallery(request, context):
        metadata = dict(context.invocation_metadata())
        seen.append((metadata.get("authorization"), context.time_remaining()))
        return gallery_pb.Gallery(name=request.name)

    handler = grpc.method_handlers_generic_handler(
        "imagegallery.v1.GalleryService",
        {
            "GetGallery": grpc.unary_unary_rpc_method_handler(
                get_gallery,
                request_deserializer=gallery_pb.GetGalleryRequest.FromString,
                response_serializer=gallery_pb.Gallery.SerializeToString,
            )
        },
    )
    fake = grpc.server(futures.ThreadPoolExecutor(max_workers=2))
    fake.add_generic_rpc_handlers([handler])
    port = fake.add_insecure_port("127.0.0.1:0")
    fake.start()
    address = {"IMAGEGALLERY_ADDRESS": f"127.0.0.1:{port}"}
    try:
        run(
            "gallery",
            "show",
            "--ids",
            "/x",
            "--token",
            "s3cret",
            "--call-timeout",
            "7",
            env=address,
        )
        run("gallery", "show", "--ids", "/y", env={**address, "IMAGEGALLERY_TOKEN": "env-token"})
        run("gallery", "show", "--ids", "/z", env=address)
    finally:
        fake.stop(None)

    (flag, flag_left), (env, _), (none, default_left) = seen
    assert (flag, env, none) == ("Bearer s3cret", "Bearer env-token", None)
    assert 5 < flag_left <= 7
    assert 25 < default_left <= 30
