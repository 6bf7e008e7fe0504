"""Replication (status, the watch, reading a disk back), regions, planning and
maintenance through the SDK, on one version published with two replicas in
eastus and one in westus."""

import hashlib
import threading

import pytest
from conftest import COMPLETED, Catalog, disk_with_holes, new_subscription
from imagegallery.errors import FailedPreconditionError, InvalidArgumentError
from imagegallery.v1 import image_version_service_pb2 as version_pb
from imagegallery.v1 import maintenance_service_pb2 as maintenance_pb
from imagegallery.v1 import planning_service_pb2 as planning_pb
from imagegallery.v1 import region_service_pb2 as region_pb
from imagegallery.v1 import replication_service_pb2 as replication_pb

# A region no other suite uses: its rehearsed conditions are changed, then restored.
REHEARSED_REGION = "francecentral"


class Published:
    def __init__(self, client) -> None:
        self.resource_group = f"{new_subscription(client)}/resourceGroups/replication"
        self.catalog = Catalog(client, self.resource_group)
        gallery = self.catalog.gallery()
        self.definition = self.catalog.definition(
            gallery.name,
            recommended={"v_cpus": {"min": 1, "max": 8}},
        ).name
        self.data = disk_with_holes()
        self.source = self.catalog.source(self.data).name
        operation = self.catalog.create_version(
            self.definition,
            "1.0.0",
            self.source,
            version_pb.TargetRegion(name="eastus", regional_replica_count=2),
            "westus",
        )
        self.version = client.wait(operation, timeout=90)
        self.name = self.version.name


@pytest.fixture(scope="module")
def published(client) -> Published:
    return Published(client)


def test_the_replication_status_is_read_with_a_cursor_to_watch_from(client, published):
    answer = client.replication.GetReplicationStatus(
        replication_pb.GetReplicationStatusRequest(name=published.name)
    )
    status = answer.replication
    assert status.image_version == published.name and not status.deleted
    assert status.status.aggregated_state == COMPLETED
    regions = {s.region: (s.replicas_completed, s.replica_count) for s in status.status.summary}
    assert regions == {"eastus": (2, 2), "westus": (1, 1)}
    assert answer.cursor

    # From that cursor, a watch of the definition shows what changed after it: a new
    # version, from its creation to Completed (the stream itself, with a deadline).
    name = f"{published.definition}/versions/3.0.0"
    stream = client.replication.WatchReplicationStatus(
        replication_pb.WatchReplicationStatusRequest(
            scope=published.definition, start_cursor=answer.cursor
        ),
        timeout=60,
    )
    published.catalog.create_version(published.definition, "3.0.0", published.source, "eastus")
    seen = []
    for message in stream:
        assert message.cursor
        if message.HasField("change"):
            seen.append((message.change.image_version, message.change.status.aggregated_state))
            if seen[-1] == (name, COMPLETED):
                break
    stream.cancel()
    assert {version for version, _ in seen} == {name}
    client.wait(
        client.versions.DeleteImageVersion(version_pb.DeleteImageVersionRequest(name=name)),
        timeout=60,
    )


def test_a_watch_sends_the_initial_state_then_follows_a_new_version(client, published):
    name = f"{published.definition}/versions/2.0.0"
    initial, changes, ready = {}, [], threading.Event()

    def watch() -> None:
        for message in client.watch(published.definition, send_initial_state=True):
            change = message.change
            if message.HasField("checkpoint") and message.checkpoint.initial_state_done:
                ready.set()
            elif message.HasField("change") and not ready.is_set():
                initial[change.image_version] = change.status.aggregated_state
            elif message.HasField("change") and change.image_version == name:
                changes.append(change.status.aggregated_state)
                if change.status.aggregated_state == COMPLETED:
                    return

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    assert ready.wait(30), "the initial state never ended"
    assert initial == {published.name: COMPLETED}
    published.catalog.create_version(published.definition, "2.0.0", published.source, "eastus")
    watcher.join(60)

    assert not watcher.is_alive(), f"{name} not seen Completed: {changes}"
    assert changes[-1] == COMPLETED
    client.wait(
        client.versions.DeleteImageVersion(version_pb.DeleteImageVersionRequest(name=name)),
        timeout=60,
    )


def read_disk(client, name: str, region: str) -> tuple[replication_pb.ReplicaDiskHeader, bytes]:
    header, disk = None, bytearray()
    for message in client.replication.ReadImageVersionDisk(
        replication_pb.ReadImageVersionDiskRequest(name=name, region=region)
    ):
        if message.HasField("header"):
            assert header is None, "a second header"
            header = message.header
            disk = bytearray(header.size_bytes)
            continue
        assert header is not None, "a chunk before the header"
        chunk = message.chunk
        assert len(chunk.data) <= 1024 * 1024
        disk[chunk.offset : chunk.offset + len(chunk.data)] = chunk.data
    assert header is not None, "no header"
    return header, bytes(disk)


def test_a_disk_is_read_back_as_it_was_uploaded_from_each_replica(client, published):
    replicas = set()
    for _ in range(2):
        header, disk = read_disk(client, published.name, "East US")
        assert (header.image_version, header.disk, header.region) == (
            published.name,
            "os",
            "eastus",
        )
        assert header.sha256 == hashlib.sha256(published.data).hexdigest()
        assert disk == published.data
        replicas.add(header.replica)
    assert replicas == {0, 1}  # successive reads go to the region's replicas in turn

    header, disk = read_disk(client, published.name, "westus")
    assert (header.region, disk) == ("westus", published.data)
    with pytest.raises(FailedPreconditionError) as elsewhere:
        read_disk(client, published.name, "northeurope")
    assert elsewhere.value.reason == "ERROR_REASON_NOT_REPLICATED_TO_REGION"


def test_regions_are_listed_and_read_by_either_name(client):
    regions = client.regions.ListRegions(region_pb.ListRegionsRequest()).regions
    names = {r.name for r in regions}
    assert {"eastus", "westus", REHEARSED_REGION} <= names
    assert {r.name for r in regions if r.requires_allow_listing} == {
        "australiacentral",
        "australiacentral2",
    }
    france = client.regions.GetRegion(region_pb.GetRegionRequest(name="France Central"))
    assert (france.name, france.display_name) == (REHEARSED_REGION, "France Central")
    assert france.has_availability_zones
    with pytest.raises(InvalidArgumentError) as unknown:
        client.regions.GetRegion(region_pb.GetRegionRequest(name="atlantis"))
    assert unknown.value.reason == "ERROR_REASON_UNKNOWN_REGION"


def test_deployments_are_resolved_and_spread_over_the_replicas(client, published):
    vm = planning_pb.VirtualMachineSpec(v_cpus=2, memory_gb=4, has_os_profile=True)
    first = client.planning.ResolveDeployment(
        planning_pb.ResolveDeploymentRequest(
            image_definition=published.definition, region="eastus", vm=vm
        )
    )
    assert first.image_version == published.name  # "latest"
    assert (first.replica.region, first.replica.region_replicas) == ("eastus", 2)
    assert list(first.warnings) == []

    big = planning_pb.VirtualMachineSpec(v_cpus=16, memory_gb=64, has_os_profile=True)
    second = client.planning.ResolveDeployment(
        planning_pb.ResolveDeploymentRequest(
            image_definition=published.definition, version="1.0.0", region="East US", vm=big
        )
    )
    assert second.replica.index != first.replica.index
    assert [(w.reason, w.field) for w in second.warnings] == [
        (planning_pb.PLANNING_WARNING_REASON_V_CPUS_OUTSIDE_RECOMMENDED, "vm.v_cpus")
    ]


def test_an_image_switch_to_the_same_layout_is_allowed(client, published):
    check = client.planning.CheckImageSwitch(
        planning_pb.CheckImageSwitchRequest(
            current_image=published.name, target_image=published.definition
        )
    )
    assert check.allowed and list(check.mismatches) == []
    assert check.current_image_version == published.name
    assert check.target_image_version.startswith(f"{published.definition}/versions/")


def test_replicas_are_recommended_and_compared(client, published):
    advice = client.planning.RecommendReplicas(
        planning_pb.RecommendReplicasRequest(concurrent_vms=40, scale_set_instances=[600, 601])
    )
    assert (advice.vm_replicas, advice.scale_set_replicas) == (2, 3)
    assert (advice.unlimited_replicas, advice.replicas) == (5, 5)
    limited = client.planning.RecommendReplicas(
        planning_pb.RecommendReplicasRequest(concurrent_vms=40, margin=0.5, replica_limit=2)
    )
    assert (limited.unlimited_replicas, limited.replicas, limited.replica_limit) == (3, 2, 2)
    assert [w.reason for w in limited.warnings] == [
        planning_pb.PLANNING_WARNING_REASON_ABOVE_REPLICA_LIMIT
    ]

    compared = client.planning.CompareReplicas(
        planning_pb.CompareReplicasRequest(
            image_version=published.name,
            loads=[
                planning_pb.RegionalLoad(region="eastus", concurrent_vms=100),
                planning_pb.RegionalLoad(region="North Europe", concurrent_vms=10),
            ],
        )
    )
    assert compared.image_version == published.name
    assert [
        (r.region, r.replica_count, r.replicas_completed, r.recommended_replicas, r.change)
        for r in compared.regions
    ] == [("eastus", 2, 2, 5, 3), ("westus", 1, 1, 1, 0), ("northeurope", 0, 0, 1, 1)]
    assert [w.reason for w in compared.regions[2].warnings] == [
        planning_pb.PLANNING_WARNING_REASON_REGION_NOT_TARGETED
    ]


def test_the_cost_of_a_version_and_of_a_proposed_one_is_estimated(client, published):
    cost = client.planning.EstimateCost(
        planning_pb.EstimateCostRequest(
            image_version=published.name,
            prices=planning_pb.PriceTable(
                currency="EUR", default_storage_per_gib_month=0.5, egress_per_gib=0.1
            ),
        )
    )
    occupied = published.version.storage_profile.os_disk_image.disk.occupied_bytes
    assert (cost.image_version, cost.source_region, cost.currency) == (
        published.name,
        "eastus",
        "EUR",
    )
    assert cost.occupied_bytes_per_replica == occupied
    assert [(r.region, r.replicas, r.storage_bytes, r.egress_bytes) for r in cost.regions] == [
        ("eastus", 2, 2 * occupied, 0),
        ("westus", 1, occupied, occupied),
    ]
    assert cost.total.replicas == 3 and cost.total.storage_bytes == 3 * occupied
    assert cost.total.storage_cost_per_month == pytest.approx(cost.total.storage_gib * 0.5)
    assert cost.total.egress_cost == pytest.approx(cost.total.egress_gib * 0.1)

    proposal = client.planning.EstimateCost(
        planning_pb.EstimateCostRequest(
            proposed=planning_pb.ProposedImageVersion(
                location="eastus",
                publishing_profile=version_pb.PublishingProfile(
                    target_regions=[
                        version_pb.TargetRegion(name="eastus"),
                        version_pb.TargetRegion(name="westus"),
                    ]
                ),
                os_disk=planning_pb.ProposedDisk(size_bytes=4 << 30, occupied_bytes=1 << 30),
            )
        )
    )
    assert proposal.image_version == ""
    assert [(r.region, r.egress_bytes) for r in proposal.regions] == [
        ("eastus", 0),
        ("westus", 1 << 30),
    ]
    assert proposal.total.egress_gib == 1
    assert not proposal.total.HasField("egress_cost")  # no prices, no money


def test_replicas_are_scrubbed(client, published):
    scrubbed = client.maintenance.ScrubReplicas(
        maintenance_pb.ScrubReplicasRequest(scope=published.name)
    )
    assert (scrubbed.replicas_checked, list(scrubbed.damaged)) == (3, [])
    nothing = client.maintenance.ScrubReplicas(
        maintenance_pb.ScrubReplicasRequest(scope=f"{published.definition}/versions/9.9.9")
    )
    assert nothing.replicas_checked == 0
    with pytest.raises(InvalidArgumentError) as bad:
        client.maintenance.ScrubReplicas(maintenance_pb.ScrubReplicasRequest(scope="nowhere"))
    assert bad.value.violations and bad.value.violations[0].field == "scope"


def test_a_regions_rehearsed_conditions_are_changed_and_restored(client):
    before = client.maintenance.GetRegionConditions(
        maintenance_pb.GetRegionConditionsRequest(region="France Central")
    )
    assert before.region == REHEARSED_REGION
    try:
        rehearsed = client.maintenance.UpdateRegionConditions(
            maintenance_pb.UpdateRegionConditionsRequest(
                conditions=maintenance_pb.RegionConditions(
                    region=REHEARSED_REGION, throttle_bytes_per_second=50 << 20, zones_down=["2"]
                )
            )
        )
        assert (rehearsed.region, rehearsed.throttle_bytes_per_second) == (
            REHEARSED_REGION,
            50 << 20,
        )
        assert list(rehearsed.zones_down) == ["2"] and not rehearsed.down
        assert (
            client.maintenance.GetRegionConditions(
                maintenance_pb.GetRegionConditionsRequest(region=REHEARSED_REGION)
            )
            == rehearsed
        )
    finally:
        client.maintenance.UpdateRegionConditions(
            maintenance_pb.UpdateRegionConditionsRequest(conditions=before)
        )
    after = client.maintenance.GetRegionConditions(
        maintenance_pb.GetRegionConditionsRequest(region=REHEARSED_REGION)
    )
    assert after == before
