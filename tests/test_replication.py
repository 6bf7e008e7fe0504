"""Image versions replicated as real, verified, independent copies; surviving a crash."""

import hashlib

from imagegallery.v1 import image_version_service_pb2 as version_pb
from versioning import Catalog, disk_bytes, replica_files, sha256

ZRS = version_pb.TargetRegion(name="West US 2", storage_account_type=2)  # Standard_ZRS


def test_a_version_is_copied_to_every_zone_of_every_target_region(
    channel, resource_group, data_dir
):
    catalog = Catalog(channel, resource_group)
    definition = catalog.definition()
    data = disk_bytes(2, zero_mib=6)
    source = catalog.source(data)

    operation = catalog.create_version(
        definition, "1.0.0", source.name, "East US", ZRS, "westus", replica_count=2
    )
    done = catalog.wait(operation)

    assert not done.HasField("error"), done.error
    version = catalog.version(f"{definition.name}/versions/1.0.0")
    assert version.provisioning_state == 4  # SUCCEEDED
    status = version.replication_status
    assert status.aggregated_state == version_pb.AGGREGATED_REPLICATION_STATE_COMPLETED
    assert [(s.region, s.state, s.progress, s.replicas_completed) for s in status.summary] == [
        ("eastus", version_pb.REPLICATION_STATE_COMPLETED, 100, 2),
        ("westus2", version_pb.REPLICATION_STATE_COMPLETED, 100, 2),
        ("westus", version_pb.REPLICATION_STATE_COMPLETED, 100, 2),
    ]
    mine = [p for p in replica_files(data_dir) if sha256(p) == hashlib.sha256(data).hexdigest()]
    by_region = {
        region: [p for p in mine if f"/regions/{region}/" in str(p)]
        for region in ("eastus", "westus2", "westus")
    }
    assert {region: len(files) for region, files in by_region.items()} == {
        "eastus": 2,
        "westus2": 6,
        "westus": 2,
    }
    assert {p.parent.parent.parent.name for p in by_region["westus2"]} == {"1", "2", "3"}
    assert len({p.stat().st_ino for p in mine}) == len(mine)
    assert all(p.stat().st_blocks * 512 < 3 * 2**20 for p in mine)  # the zeros stay holes
