"""The CLI's flags and commands for sharing, security features, shallow replication
and soft delete, as `az sig` spells them, against a real server."""

from pathlib import Path

import pytest
from test_cli import Cli, upload
from versioning import disk_bytes

IMAGE = ["-g", "rg", "-r", "secure", "-i", "ubuntu"]
DEFINE = ["-p", "Contoso", "-f", "Ubuntu", "-s", "24_04", "--os-type", "Linux"]


@pytest.fixture
def run(server, tmp_path: Path) -> Cli:
    return Cli(server.address, tmp_path)


def test_features_shallow_replication_and_soft_delete(run, tmp_path):
    gallery = run(
        "gallery", "create", "-g", "rg", "-r", "secure", "-l", "eastus", "--soft-delete"
    ).json
    refused = run(
        "image-definition", "create", *IMAGE, *DEFINE, "--security-type", "TrustedLaunch", code=1
    )
    definition = run(
        "image-definition", "create", *IMAGE, *DEFINE, "--hyper-v-generation", "V2",
        "--features", "SecurityType=TrustedLaunchSupported DiskControllerTypes=SCSI,NVMe",
    ).json  # fmt: skip
    upload(run, tmp_path, "disk", disk_bytes(0, zero_mib=1) + b"s", "--os-type", "Linux",
           "--hyper-v-generation", "V2")  # fmt: skip
    version = run(
        "image-version", "create", *IMAGE, "-e", "1.0.0", "--source", "disk",
        "--replication-mode", "Shallow",
    ).json  # fmt: skip
    run("image-version", "delete", *IMAGE, "-e", "1.0.0")
    restored = run("image-version", "undelete", *IMAGE, "-e", "1.0.0").json
    unchanged = run(
        "image-definition", "update", *IMAGE, "--features", "SecurityType=TrustedLaunch", code=1
    )
    updated = run(
        "image-definition", "update", *IMAGE, "--allow-update-image",
        "--features", "SecurityType=TrustedLaunch DiskControllerTypes=SCSI,NVMe",
    ).json  # fmt: skip

    assert gallery["softDeletePolicy"]["isSoftDeleteEnabled"] is True
    assert "V2" in refused.stderr
    assert definition["features"] == [
        {"name": "SecurityType", "value": "TrustedLaunchSupported"},
        {"name": "DiskControllerTypes", "value": "SCSI, NVMe"},
    ]
    assert version["publishingProfile"]["replicationMode"] == "Shallow"
    assert restored["id"] == version["id"]
    assert "allow_update_image" in unchanged.stderr
    assert updated["features"][0] == {"name": "SecurityType", "value": "TrustedLaunch"}


def test_share_and_the_shared_and_community_reads(run, tmp_path):
    info = [
        "--publisher-uri",
        "https://contoso.example",
        "--publisher-email",
        "a@contoso.io",
        "--eula",
        "https://contoso.example/eula",
        "--public-name-prefix",
        "contoso",
    ]
    for gallery, sharing in (("grp", []), ("pub", ["--permissions", "Community", *info])):
        run("gallery", "create", "-g", "rg", "-r", gallery, "-l", "eastus", *sharing)
        run("image-definition", "create", "-g", "rg", "-r", gallery, "-i", "ubuntu", *DEFINE)
    consumer = Cli(run.env["IMAGEGALLERY_ADDRESS"], tmp_path / "consumer")
    share = ["-g", "rg", "-r", "grp", "--subscription-ids", consumer.subscription]

    shared = run("gallery", "share", "add", *share).json
    listed = consumer("gallery", "list-shared", "-l", "eastus").json
    unique = listed[0]["name"].rsplit("/", 1)[-1]
    images = consumer(
        "image-definition", "list-shared", "-l", "eastus", "--gallery-unique-name", unique
    ).json
    run("gallery", "share", "remove", *share)
    run("gallery", "share", "enable-community", "-g", "rg", "-r", "pub")
    public = run("gallery", "show", "-g", "rg", "-r", "pub").json["sharingProfile"]
    name = public["communityGalleryInfo"]["publicNames"][0]
    community = consumer(
        "image-definition", "show-community", "-l", "eastus", "--public-gallery-name", name,
        "--gallery-image-definition", "ubuntu",
    ).json  # fmt: skip

    assert shared["sharingProfile"]["groups"] == [
        {"ids": [consumer.subscription], "type": "Subscriptions"}
    ]
    assert len(listed) == 1 and [i["name"].rsplit("/", 1)[-1] for i in images] == ["ubuntu"]
    assert consumer("gallery", "list-shared", "-l", "eastus").json == []
    assert community["name"] == f"/communityGalleries/{name}/images/ubuntu"
