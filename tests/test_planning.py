"""Planning over a real server: where a VM is deployed from (and every refusal),
scale-set image switches, replica recommendations and cost estimates."""

import os
from collections import Counter
from datetime import datetime, timedelta

import grpc
import pytest
from conftest import definition_pb, failure, gallery_pb, invalid, new_definition
from google.protobuf.timestamp_pb2 import Timestamp
from imagegallery.v1 import common_pb2, maintenance_service_pb2_grpc, planning_service_pb2_grpc
from imagegallery.v1 import image_source_service_pb2 as source_pb
from imagegallery.v1 import image_version_service_pb2 as version_pb
from imagegallery.v1 import maintenance_service_pb2 as maintenance_pb
from imagegallery.v1 import planning_service_pb2 as pb
from imagegallery_server.domain import model, planning
from imagegallery_server.domain.model import Architecture
from imagegallery_server.testing import ServerProcess
from versioning import Catalog

Code = grpc.StatusCode
GiB = 2**30
LINUX, WINDOWS = common_pb2.OS_TYPE_LINUX, common_pb2.OS_TYPE_WINDOWS
GENERALIZED, SPECIALIZED = common_pb2.OS_STATE_GENERALIZED, common_pb2.OS_STATE_SPECIALIZED
SNAPSHOT = source_pb.IMAGE_SOURCE_KIND_SNAPSHOT
VM = pb.VirtualMachineSpec(has_os_profile=True)  # fits a generalized image


@pytest.fixture
def catalog(channel, resource_group) -> Catalog:
    return Catalog(channel, resource_group)


@pytest.fixture
def planner(channel) -> planning_service_pb2_grpc.PlanningServiceStub:
    return planning_service_pb2_grpc.PlanningServiceStub(channel)


def publish(catalog: Catalog, definition, version_id: str, *targets, source=None, **profile):
    """A version replicated to `targets` (names or TargetRegion messages)."""
    source = source or catalog.source(os.urandom(4096), f"src-{version_id}").name
    done = catalog.wait(catalog.create_version(definition, version_id, source, *targets, **profile))
    assert not done.HasField("error"), done.error
    return f"{definition.name}/versions/{version_id}"


def resolve(
    planner, definition, region="eastus", version="", vm=VM
) -> pb.ResolveDeploymentResponse:
    return planner.ResolveDeployment(
        pb.ResolveDeploymentRequest(
            image_definition=definition.name, version=version, region=region, vm=vm
        )
    )


def resolve_request(definition_name: str, version="", region="eastus", vm=VM):
    return pb.ResolveDeploymentRequest(
        image_definition=definition_name, version=version, region=region, vm=vm
    )


def stamp(when: datetime) -> Timestamp:
    value = Timestamp()
    value.FromDatetime(when)
    return value


# Deploying


def test_deployments_spread_evenly_over_the_regions_completed_replicas(catalog, planner):
    definition = catalog.definition()
    three = version_pb.TargetRegion(name="eastus", regional_replica_count=3)
    zoned = version_pb.TargetRegion(
        name="westus2",
        regional_replica_count=2,
        storage_account_type=common_pb2.STORAGE_ACCOUNT_TYPE_STANDARD_ZRS,
    )
    name = publish(catalog, definition, "1.0.0", three, zoned, "westus")

    handed = Counter()
    for _ in range(31):
        answer = resolve(planner, definition, "East US")
        assert answer.image_version == name
        assert answer.replica.region == "eastus" and answer.replica.region_replicas == 3
        assert answer.replica.id == f"eastus/{answer.replica.index}"
        handed[answer.replica.index] += 1
    mean = 31 / 3
    assert set(handed) == {0, 1, 2}
    assert all(abs(count - mean) <= 1 for count in handed.values()), handed

    # Standard_LRS replicas take a zone each in turn, Standard_ZRS ones all three;
    # a region without zones has none.
    lrs = [resolve(planner, definition, version="1.0.0").replica for _ in range(3)]
    assert sorted((r.index, tuple(r.zones)) for r in lrs) == [(0, ("1",)), (1, ("2",)), (2, ("3",))]
    assert {r.storage_account_type for r in lrs} == {common_pb2.STORAGE_ACCOUNT_TYPE_STANDARD_LRS}
    zrs = resolve(planner, definition, "westus2").replica
    assert sorted(zrs.zones) == ["1", "2", "3"]
    assert zrs.storage_account_type == common_pb2.STORAGE_ACCOUNT_TYPE_STANDARD_ZRS
    assert list(resolve(planner, definition, "westus").replica.zones) == []


def test_latest_skips_excluded_versions_and_a_named_excluded_version_deploys_with_a_warning(
    catalog, planner
):
    definition = catalog.definition()
    publish(catalog, definition, "1.0.0")
    excluded = publish(catalog, definition, "2.0.0", exclude_from_latest=True)

    assert resolve(planner, definition, version="latest").image_version.endswith("/1.0.0")
    answer = resolve(planner, definition, version="2.0.0")
    assert answer.image_version == excluded
    assert [(w.reason, w.field) for w in answer.warnings] == [
        (pb.PLANNING_WARNING_REASON_EXCLUDED_FROM_LATEST, "version")
    ]


def test_when_every_version_is_excluded_latest_is_not_found(catalog, planner):
    definition = catalog.definition()
    publish(catalog, definition, "1.0.0", exclude_from_latest=True)

    refused = failure(planner.ResolveDeployment, resolve_request(definition.name), Code.NOT_FOUND)
    assert refused.reason == "ERROR_REASON_NO_LATEST_VERSION"
    assert refused.info.metadata["excluded"] == "1"


def test_a_version_past_its_end_of_life_deploys_no_vm(
    clocked_server, clocked_channel, resource_group
):
    catalog = Catalog(clocked_channel, resource_group)
    planner = planning_service_pb2_grpc.PlanningServiceStub(clocked_channel)
    definition = catalog.definition()
    end = clocked_server.now() + timedelta(minutes=10)
    name = publish(catalog, definition, "1.0.0", end_of_life_date=stamp(end))
    clocked_server.advance(10 * 60 + 1)

    request = resolve_request(definition.name, "1.0.0")
    refused = failure(planner.ResolveDeployment, request, Code.FAILED_PRECONDITION)
    assert refused.reason == "ERROR_REASON_VERSION_PAST_END_OF_LIFE"
    assert refused.info.metadata["resource"] == name
    assert "end of life" in refused.message
    assert "qualifies as latest in eastus either" in refused.message  # no advice to use latest

    # "latest" passes it over, and here finds nothing else.
    refused = failure(planner.ResolveDeployment, resolve_request(definition.name), Code.NOT_FOUND)
    assert refused.reason == "ERROR_REASON_NO_LATEST_VERSION"
    assert refused.info.metadata["expired"] == "1"

    newer = publish(catalog, definition, "1.1.0")
    refused = failure(planner.ResolveDeployment, request, Code.FAILED_PRECONDITION)
    assert f"{newer} is the latest in eastus" in refused.message


def test_a_region_the_version_is_not_replicated_to_is_refused(catalog, planner):
    definition = catalog.definition()
    name = publish(catalog, definition, "1.0.0", "eastus")
    hidden = version_pb.TargetRegion(name="westus", exclude_from_latest=True)
    publish(catalog, definition, "1.1.0", "eastus", hidden)

    for version, region, state, resource in [
        ("1.0.0", "westus", "NotTargeted", name),
        ("latest", "northeurope", "NotTargeted", f"{definition.name}/versions/1.1.0"),
        ("", "westus", "ExcludedFromLatest", f"{definition.name}/versions/1.1.0"),
    ]:
        request = resolve_request(definition.name, version, region)
        refused = failure(planner.ResolveDeployment, request, Code.FAILED_PRECONDITION)
        assert refused.reason == "ERROR_REASON_NOT_REPLICATED_TO_REGION"
        assert dict(refused.info.metadata) == {
            "resource": resource,
            "region": region,
            "state": state,
        }
        assert f"is not available in {region} region" in refused.message
    # Named, the version excluded in westus deploys there.
    assert resolve(planner, definition, "westus", "1.1.0").warnings[0].reason == (
        pb.PLANNING_WARNING_REASON_EXCLUDED_FROM_LATEST
    )


def test_a_region_still_replicating_is_refused_until_it_completes(tmp_path, resource_group):
    server = ServerProcess(tmp_path, env={"IMAGEGALLERY_REGION_THROTTLES": "westus=262144"}).start()
    try:
        with grpc.insecure_channel(server.address) as channel:
            catalog = Catalog(channel, resource_group)
            planner = planning_service_pb2_grpc.PlanningServiceStub(channel)
            definition = catalog.definition()
            source = catalog.source(os.urandom(256 * 1024)).name  # a second to reach westus
            operation = catalog.create_version(definition, "1.0.0", source, "eastus", "westus")

            request = resolve_request(definition.name, "1.0.0", "westus")
            refused = failure(planner.ResolveDeployment, request, Code.FAILED_PRECONDITION)
            assert refused.reason == "ERROR_REASON_NOT_REPLICATED_TO_REGION"
            assert refused.info.metadata["state"] == "Replicating"

            catalog.wait(operation)
            assert resolve(planner, definition, "westus", "1.0.0").replica.region == "westus"
    finally:
        assert server.stop() == 0


def test_resolution_never_hands_out_a_replica_that_is_down(tmp_path, resource_group):
    server = ServerProcess(tmp_path).start()
    try:
        with grpc.insecure_channel(server.address) as channel:
            catalog = Catalog(channel, resource_group)
            planner = planning_service_pb2_grpc.PlanningServiceStub(channel)
            maintenance = maintenance_service_pb2_grpc.MaintenanceServiceStub(channel)

            def conditions(region: str, **fields) -> None:
                maintenance.UpdateRegionConditions(
                    maintenance_pb.UpdateRegionConditionsRequest(
                        conditions=maintenance_pb.RegionConditions(region=region, **fields)
                    )
                )

            definition = catalog.definition()
            two = version_pb.TargetRegion(name="eastus", regional_replica_count=2)
            publish(catalog, definition, "1.0.0", two, "westus")

            conditions("eastus", zones_down=["1"])  # replica 0 lives in zone 1
            served = {resolve(planner, definition).replica.index for _ in range(4)}
            assert served == {1}

            conditions("eastus", zones_down=["1", "2"])
            refused = failure(
                planner.ResolveDeployment, resolve_request(definition.name), Code.UNAVAILABLE
            )
            assert refused.reason == "ERROR_REASON_REPLICA_UNAVAILABLE"
            assert "eastus" in refused.message and "down" in refused.message

            conditions("westus", down=True)
            request = resolve_request(definition.name, region="westus")
            refused = failure(planner.ResolveDeployment, request, Code.UNAVAILABLE)
            assert refused.info.metadata["region"] == "westus"

            conditions("eastus")
            conditions("westus")
            assert {resolve(planner, definition).replica.index for _ in range(6)} == {0, 1}
            assert resolve(planner, definition, "westus").replica.region == "westus"
    finally:
        assert server.stop() == 0


def test_what_does_not_exist_is_not_found(catalog, planner):
    definition = catalog.definition()
    missing = definition.name.replace("/images/image", "/images/nothing")
    refused = failure(planner.ResolveDeployment, resolve_request(missing), Code.NOT_FOUND)
    assert refused.reason == "ERROR_REASON_RESOURCE_NOT_FOUND"
    assert refused.info.metadata["resource"] == missing

    request = resolve_request(definition.name, "9.9.9")
    refused = failure(planner.ResolveDeployment, request, Code.NOT_FOUND)
    assert refused.reason == "ERROR_REASON_RESOURCE_NOT_FOUND"
    assert refused.info.metadata["resource"] == f"{definition.name}/versions/9.9.9"


def test_a_disallowed_disk_type_is_refused(catalog, planner):
    definition = catalog.definition(disallowed_disk_types=[common_pb2.DISK_TYPE_STANDARD_LRS])
    vm = pb.VirtualMachineSpec(has_os_profile=True, os_disk_type=common_pb2.DISK_TYPE_STANDARD_LRS)

    refused = invalid(
        planner.ResolveDeployment,
        resolve_request(definition.name, vm=vm),
        {"vm.os_disk_type": "DISK_TYPE_NOT_ALLOWED"},
    )
    assert "Standard_LRS" in refused.message


def test_a_generalized_image_needs_an_os_profile(catalog, planner):
    definition = catalog.definition(os_state=GENERALIZED)
    request = resolve_request(definition.name, vm=pb.VirtualMachineSpec(has_os_profile=False))
    invalid(planner.ResolveDeployment, request, {"vm.has_os_profile": "OS_PROFILE_REQUIRED"})


def test_a_specialized_image_refuses_an_os_profile_and_every_fault_is_named(catalog, planner):
    definition = catalog.definition(
        os_state=SPECIALIZED, disallowed_disk_types=[common_pb2.DISK_TYPE_PREMIUM_LRS]
    )
    vm = pb.VirtualMachineSpec(has_os_profile=True, os_disk_type=common_pb2.DISK_TYPE_PREMIUM_LRS)
    invalid(
        planner.ResolveDeployment,
        resolve_request(definition.name, vm=vm),
        {"vm.os_disk_type": "DISK_TYPE_NOT_ALLOWED", "vm.has_os_profile": "OS_PROFILE_NOT_ALLOWED"},
    )


def test_a_malformed_request_is_refused_field_by_field(planner):
    request = pb.ResolveDeploymentRequest(
        image_definition="not/a/definition",
        version="01.0.0",
        region="atlantis",
        vm=pb.VirtualMachineSpec(v_cpus=-1),
    )
    invalid(
        planner.ResolveDeployment,
        request,
        {
            "image_definition": "INVALID_RESOURCE_NAME",
            "version": "FIELD_INVALID",
            "region": "UNKNOWN_REGION",
            "vm.v_cpus": "FIELD_INVALID",
        },
    )
    invalid(
        planner.ResolveDeployment,
        pb.ResolveDeploymentRequest(
            image_definition="/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute"
            "/galleries/g/images/i",
            vm=pb.VirtualMachineSpec(os_disk_type=99),
        ),
        {"region": "FIELD_REQUIRED", "vm.os_disk_type": "FIELD_INVALID"},
    )
    invalid(
        planner.ResolveDeployment,
        pb.ResolveDeploymentRequest(image_definition="/subscriptions/s", region="eastus"),
        {"image_definition": "INVALID_RESOURCE_NAME", "vm": "FIELD_REQUIRED"},
    )


def test_a_vm_outside_the_recommended_size_deploys_with_warnings(catalog, planner):
    recommended = definition_pb.RecommendedMachineConfiguration(
        v_cpus=definition_pb.ResourceRange(min=2, max=8),
        memory=definition_pb.ResourceRange(min=4, max=32),
    )
    definition = catalog.definition(recommended=recommended)
    publish(catalog, definition, "1.0.0")

    fits = resolve(
        planner, definition, vm=pb.VirtualMachineSpec(v_cpus=4, memory_gb=16, has_os_profile=True)
    )
    assert list(fits.warnings) == []
    big = pb.VirtualMachineSpec(v_cpus=16, memory_gb=2, has_os_profile=True)
    answer = resolve(planner, definition, vm=big)
    assert [(w.reason, w.field) for w in answer.warnings] == [
        (pb.PLANNING_WARNING_REASON_V_CPUS_OUTSIDE_RECOMMENDED, "vm.v_cpus"),
        (pb.PLANNING_WARNING_REASON_MEMORY_OUTSIDE_RECOMMENDED, "vm.memory_gb"),
    ]
    assert "2 to 8 vCPUs" in answer.warnings[0].message


# Scale sets


def test_a_scale_set_switches_only_between_images_of_the_same_kind_and_layout(catalog, planner):
    """Data disks come from snapshots at their LUNs; every mismatch is named."""
    gallery = catalog.galleries.CreateGallery(
        gallery_pb.CreateGalleryRequest(
            parent=catalog.resource_group,
            gallery_id="gallery",
            gallery=gallery_pb.Gallery(location="eastus"),
        )
    )

    def definition(image_id: str, **fields):
        return catalog.definitions.CreateImageDefinition(
            definition_pb.CreateImageDefinitionRequest(
                parent=gallery.name,
                image_definition_id=image_id,
                image_definition=new_definition(
                    identifier=definition_pb.ImageIdentifier(
                        publisher="Contoso", offer=image_id, sku="1"
                    ),
                    **fields,
                ),
            )
        )

    def version(definition, prefix: str, luns, **os_fields):
        os_disk = catalog.source(os.urandom(4096), f"{prefix}-os", kind=SNAPSHOT, **os_fields)
        data = [
            catalog.source(
                os.urandom(4096), f"{prefix}-{lun}", kind=SNAPSHOT, os_type=0, os_state=0
            )
            for lun in luns
        ]
        storage = version_pb.StorageProfile(
            os_disk_image=version_pb.DiskImage(source=os_disk.name),
            data_disk_images=[
                version_pb.DiskImage(source=d.name, lun=lun)
                for d, lun in zip(data, luns, strict=True)
            ],
        )
        operation = catalog.versions.CreateImageVersion(
            version_pb.CreateImageVersionRequest(
                parent=definition.name,
                image_version_id="1.0.0",
                image_version=version_pb.ImageVersion(storage_profile=storage),
            )
        )
        assert not catalog.wait(operation).HasField("error")
        return f"{definition.name}/versions/1.0.0"

    web = definition("web")
    current = version(web, "web", [1])
    same = version(definition("api"), "api", [1])
    windows = definition(
        "win", os_type=WINDOWS, hyper_v_generation=common_pb2.HYPER_V_GENERATION_V2
    )
    other = version(windows, "win", [2], os_type=WINDOWS, hyper_v_generation=2)

    def check(current_image: str, target_image: str) -> pb.CheckImageSwitchResponse:
        return planner.CheckImageSwitch(
            pb.CheckImageSwitchRequest(current_image=current_image, target_image=target_image)
        )

    allowed = check(web.name, same)  # a definition means its latest version
    assert allowed.allowed and list(allowed.mismatches) == []
    assert (allowed.current_image_version, allowed.target_image_version) == (current, same)

    refused = check(current, other)
    assert not refused.allowed
    assert [(m.field, m.current, m.target) for m in refused.mismatches] == [
        ("os_type", "Linux", "Windows"),
        ("hyper_v_generation", "V1", "V2"),
        ("data_disk_images[lun=1]", "1 GiB", "none"),
        ("data_disk_images[lun=2]", "none", "1 GiB"),
    ]

    invalid(
        planner.CheckImageSwitch,
        pb.CheckImageSwitchRequest(current_image="", target_image="bad"),
        {"current_image": "FIELD_REQUIRED", "target_image": "INVALID_RESOURCE_NAME"},
    )
    missing = failure(
        planner.CheckImageSwitch,
        pb.CheckImageSwitchRequest(current_image=current, target_image=current[:-5] + "9.0.0"),
        Code.NOT_FOUND,
    )
    assert missing.reason == "ERROR_REASON_RESOURCE_NOT_FOUND"


def test_a_data_disk_of_another_size_or_another_architecture_is_a_mismatch():
    """The rule itself, on images no test would upload (a 32 GiB and a 64 GiB disk)."""

    def image(size_in_gb: int, architecture: Architecture):
        definition = model.ImageDefinition(
            os_type=model.OsType.LINUX,
            hyper_v_generation=model.HyperVGeneration.V2,
            architecture=architecture,
        )
        disks = [model.DiskImage(lun=0, size_in_gb=size_in_gb)]
        return definition, model.ImageVersion(
            storage_profile=model.StorageProfile(data_disk_images=disks)
        )

    same = planning.mismatches(*image(32, Architecture.X64), *image(32, Architecture.X64))
    assert same == []
    found = planning.mismatches(*image(32, Architecture.X64), *image(64, Architecture.ARM64))
    assert [(m.field, m.current, m.target) for m in found] == [
        ("architecture", "x64", "Arm64"),
        ("data_disk_images[lun=0]", "32 GiB", "64 GiB"),
    ]


# Replicas


def recommend(planner, vms=0, scale_sets=(), margin=0.0, limit=0) -> pb.RecommendReplicasResponse:
    return planner.RecommendReplicas(
        pb.RecommendReplicasRequest(
            concurrent_vms=vms, scale_set_instances=scale_sets, margin=margin, replica_limit=limit
        )
    )


def test_the_seeds_replica_examples(planner):
    # "120 VMs simultaneously ... at least six replicas"
    assert recommend(planner, vms=120).replicas == 6
    # "five scale sets simultaneously, each with 600 VM instances ... at least five replicas"
    five = recommend(planner, scale_sets=[600] * 5)
    assert (five.replicas, five.scale_set_replicas, five.vm_replicas) == (5, 5, 0)


def test_replicas_add_up_round_up_take_a_margin_and_stop_at_the_limit(planner):
    assert recommend(planner).replicas == 1  # at least one
    assert recommend(planner, vms=21, scale_sets=[601, 1]).replicas == 2 + 2 + 1
    assert recommend(planner, scale_sets=[600] * 5, margin=0.2).replicas == 6
    assert recommend(planner, vms=200, margin=0.1).unlimited_replicas == 11  # 10 * 1.1 exactly

    capped = recommend(planner, vms=300)  # the server's limit: 10
    assert (capped.replicas, capped.unlimited_replicas, capped.replica_limit) == (10, 15, 10)
    assert [w.reason for w in capped.warnings] == [pb.PLANNING_WARNING_REASON_ABOVE_REPLICA_LIMIT]
    assert "15" in capped.warnings[0].message
    assert recommend(planner, vms=300, limit=100).replicas == 15

    invalid(
        planner.RecommendReplicas,
        pb.RecommendReplicasRequest(
            concurrent_vms=-1, scale_set_instances=[5, -600], margin=-0.5, replica_limit=-1
        ),
        {
            "concurrent_vms": "FIELD_INVALID",
            "scale_set_instances[1]": "FIELD_INVALID",
            "margin": "FIELD_INVALID",
            "replica_limit": "FIELD_INVALID",
        },
    )


def test_a_versions_replicas_are_compared_with_the_recommendation(catalog, planner):
    definition = catalog.definition()
    name = publish(
        catalog,
        definition,
        "1.0.0",
        version_pb.TargetRegion(name="eastus", regional_replica_count=1),
        version_pb.TargetRegion(name="westus", regional_replica_count=3),
    )

    answer = planner.CompareReplicas(
        pb.CompareReplicasRequest(
            image_version=name,
            loads=[
                pb.RegionalLoad(region="East US", concurrent_vms=120),
                pb.RegionalLoad(region="northeurope", scale_set_instances=[600, 600]),
            ],
        )
    )
    assert answer.image_version == name
    rows = [
        (r.region, r.replica_count, r.replicas_completed, r.recommended_replicas, r.change)
        for r in answer.regions
    ]
    assert rows == [
        ("eastus", 1, 1, 6, 5),  # 120 VMs at once need 5 more
        ("westus", 3, 3, 1, -2),  # idle: 2 to spare
        ("northeurope", 0, 0, 2, 2),  # not a target yet
    ]
    assert [w.reason for w in answer.regions[2].warnings] == [
        pb.PLANNING_WARNING_REASON_REGION_NOT_TARGETED
    ]

    invalid(
        planner.CompareReplicas,
        pb.CompareReplicasRequest(
            image_version=name,
            loads=[pb.RegionalLoad(region="eastus"), pb.RegionalLoad(region="East US")],
        ),
        {"loads[1].region": "DUPLICATE_VALUE"},
    )


# Cost


def seed_billing_example(**prices) -> pb.EstimateCostRequest:
    """A 127 GB OS disk occupying 10 GB and an empty 32 GB data disk, replicated to
    three regions with two replicas each."""
    return pb.EstimateCostRequest(
        proposed=pb.ProposedImageVersion(
            location="eastus",
            publishing_profile=version_pb.PublishingProfile(
                replica_count=2,
                target_regions=[
                    version_pb.TargetRegion(name="eastus"),
                    version_pb.TargetRegion(name="westus"),
                    version_pb.TargetRegion(name="northeurope"),
                ],
            ),
            os_disk=pb.ProposedDisk(size_bytes=127 * GiB, occupied_bytes=10 * GiB),
            data_disks=[pb.ProposedDisk(size_bytes=32 * GiB)],
        ),
        prices=pb.PriceTable(**prices) if prices else None,
    )


def test_the_seeds_billing_example(planner):
    estimate = planner.EstimateCost(seed_billing_example())

    # Six snapshots of 10 GB, and the first copy sent to each of the two other regions.
    assert estimate.source_region == "eastus"
    assert estimate.occupied_bytes_per_replica == 10 * GiB
    assert [(r.region, r.replicas, r.storage_gib, r.egress_gib) for r in estimate.regions] == [
        ("eastus", 2, 20.0, 0.0),
        ("westus", 2, 20.0, 10.0),
        ("northeurope", 2, 20.0, 10.0),
    ]
    total = estimate.total
    assert (total.replicas, total.storage_bytes, total.egress_bytes) == (6, 60 * GiB, 20 * GiB)
    assert (total.storage_gib, total.egress_gib) == (60.0, 20.0)
    assert not total.HasField("storage_cost_per_month") and not total.HasField("egress_cost")


def test_prices_turn_the_estimate_into_money(planner):
    estimate = planner.EstimateCost(
        seed_billing_example(
            currency="USD",
            storage_per_gib_month={"West US": 0.06},
            default_storage_per_gib_month=0.05,
            egress_per_gib=0.02,
        )
    )
    assert estimate.currency == "USD"
    assert [(r.storage_cost_per_month, r.egress_cost) for r in estimate.regions] == [
        (1.0, 0.0),
        (1.2, 0.2),
        (1.0, 0.2),
    ]
    assert (estimate.total.storage_cost_per_month, estimate.total.egress_cost) == (3.2, 0.4)


def test_a_versions_cost_is_read_off_its_disks(catalog, planner):
    definition = catalog.definition()
    data = os.urandom(8192) + bytes(1 << 20)  # 1 MiB of zeros occupies nothing
    source = catalog.source(data, "sparse").name
    name = publish(
        catalog,
        definition,
        "1.0.0",
        version_pb.TargetRegion(name="eastus", regional_replica_count=3),
        "westus",
        source=source,
    )
    occupied = catalog.version(name).storage_profile.os_disk_image.disk.occupied_bytes
    assert occupied == 8192

    estimate = planner.EstimateCost(pb.EstimateCostRequest(image_version=name))
    assert estimate.image_version == name
    assert [(r.region, r.replicas, r.storage_bytes, r.egress_bytes) for r in estimate.regions] == [
        ("eastus", 3, 3 * occupied, 0),
        ("westus", 1, occupied, occupied),
    ]


def test_a_wrong_estimate_request_is_refused(planner):
    invalid(planner.EstimateCost, pb.EstimateCostRequest(), {"image_version": "FIELD_REQUIRED"})
    wrong = seed_billing_example(egress_per_gib=-1, storage_per_gib_month={"atlantis": 1})
    wrong.proposed.location = "westeurope"
    wrong.proposed.os_disk.size_bytes = 2**40 + 1
    wrong.proposed.data_disks[0].occupied_bytes = 33 * GiB
    invalid(
        planner.EstimateCost,
        wrong,
        {
            "proposed.publishing_profile.target_regions": "SOURCE_REGION_NOT_TARGETED",
            "proposed.os_disk.size_bytes": "DISK_TOO_LARGE",
            "proposed.data_disks[0].occupied_bytes": "FIELD_INVALID",
            "prices.storage_per_gib_month['atlantis']": "UNKNOWN_REGION",
            "prices.egress_per_gib": "FIELD_INVALID",
        },
    )


def test_the_operators_price_table_prices_an_estimate_that_brings_none(tmp_path):
    table = tmp_path / "prices.json"
    table.write_text(
        '{"currency": "EUR", "default_storage_per_gib_month": 0.1, "egress_per_gib": 0.05}'
    )
    server = ServerProcess(tmp_path / "data", env={"IMAGEGALLERY_PRICES_FILE": str(table)}).start()
    try:
        with grpc.insecure_channel(server.address) as channel:
            stub = planning_service_pb2_grpc.PlanningServiceStub(channel)
            estimate = stub.EstimateCost(seed_billing_example())
            own = stub.EstimateCost(seed_billing_example(currency="USD", egress_per_gib=1.0))
    finally:
        assert server.stop() == 0
    assert estimate.currency == "EUR"
    assert (estimate.total.storage_cost_per_month, estimate.total.egress_cost) == (6.0, 1.0)
    assert own.currency == "USD"
