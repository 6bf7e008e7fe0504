"""Image versions over a real server: every rule of a create, update and delete
with its precise error (and nothing written when refused), and the operations
that carry them."""

import hashlib
import os
import time
import uuid
from datetime import UTC, datetime, timedelta

import grpc
import pytest
from conftest import failure, invalid
from google.longrunning import operations_pb2
from google.protobuf.field_mask_pb2 import FieldMask
from google.protobuf.timestamp_pb2 import Timestamp
from imagegallery.v1 import common_pb2, operation_metadata_pb2
from imagegallery.v1 import image_definition_service_pb2 as definition_pb
from imagegallery.v1 import image_source_service_pb2 as source_pb
from imagegallery.v1 import image_version_service_pb2 as pb
from imagegallery_server.testing import ServerProcess, wait_for
from versioning import Catalog, replica_files

Code = grpc.StatusCode
SNAPSHOT = source_pb.IMAGE_SOURCE_KIND_SNAPSHOT
LRS, ZRS, PREMIUM = (
    common_pb2.STORAGE_ACCOUNT_TYPE_STANDARD_LRS,
    common_pb2.STORAGE_ACCOUNT_TYPE_STANDARD_ZRS,
    common_pb2.STORAGE_ACCOUNT_TYPE_PREMIUM_LRS,
)
CREATING, SUCCEEDED, DELETING = (
    common_pb2.PROVISIONING_STATE_CREATING,
    common_pb2.PROVISIONING_STATE_SUCCEEDED,
    common_pb2.PROVISIONING_STATE_DELETING,
)
SP = "image_version.storage_profile"
PP = "image_version.publishing_profile"
TIGHT = {
    "IMAGEGALLERY_LIMIT_IMAGE_VERSIONS": "2",
    "IMAGEGALLERY_LIMIT_REPLICAS": "3",
    "IMAGEGALLERY_REGION_THROTTLES": "westus=65536",  # bytes per second
}


def disk(size: int = 64 * 1024) -> bytes:
    return os.urandom(size)


def when(days: float) -> Timestamp:
    stamp = Timestamp()
    stamp.FromDatetime(datetime.now(UTC) + timedelta(days=days))
    return stamp


def storage(source: str = "", os_source: str = "", data=()) -> pb.StorageProfile:
    """A storage profile: a whole source, or one per disk (data as (source, lun) pairs)."""
    profile = pb.StorageProfile(source=source)
    if os_source:
        profile.os_disk_image.source = os_source
    profile.data_disk_images.extend(pb.DiskImage(source=s, lun=lun) for s, lun in data)
    return profile


def request(definition, version_id="1.0.0", profile=None, *targets, location="", **fields):
    """A create request; `fields` go to the publishing profile, except safety_profile."""
    safety = fields.pop("safety_profile", None)
    regions = [t if isinstance(t, pb.TargetRegion) else pb.TargetRegion(name=t) for t in targets]
    return pb.CreateImageVersionRequest(
        parent=definition.name,
        image_version_id=version_id,
        image_version=pb.ImageVersion(
            location=location,
            storage_profile=profile,
            publishing_profile=pb.PublishingProfile(target_regions=regions, **fields),
            safety_profile=safety,
        ),
    )


def operations_on(catalog: Catalog, prefix: str) -> list[operations_pb2.Operation]:
    """Every operation whose target starts with `prefix`."""
    found, token = [], ""
    while True:
        page = catalog.operations.ListOperations(
            operations_pb2.ListOperationsRequest(
                name="operations", page_size=1000, page_token=token
            )
        )
        for operation in page.operations:
            metadata = operation_metadata_pb2.OperationMetadata()
            operation.metadata.Unpack(metadata)
            if metadata.target.startswith(prefix):
                found.append(operation)
        if not (token := page.next_page_token):
            return found


def nothing_written(catalog: Catalog, definition) -> None:
    listed = catalog.versions.ListImageVersions(pb.ListImageVersionsRequest(parent=definition.name))
    assert list(listed.image_versions) == []
    assert operations_on(catalog, definition.name + "/") == []


def is_gone(catalog: Catalog, name: str) -> bool:
    gone = failure(
        catalog.versions.GetImageVersion, pb.GetImageVersionRequest(name=name), Code.NOT_FOUND
    )
    return gone.reason == "ERROR_REASON_RESOURCE_NOT_FOUND"


def succeeded(catalog: Catalog, operation) -> pb.ImageVersion:
    done = catalog.wait(operation)
    assert not done.HasField("error"), done.error
    version = pb.ImageVersion()
    assert done.response.Unpack(version)
    return version


def files_of(data_dir, data: bytes) -> list:
    digest = hashlib.sha256(data).hexdigest()
    return [
        p
        for p in replica_files(data_dir)
        if p.stat().st_size == len(data) and hashlib.sha256(p.read_bytes()).hexdigest() == digest
    ]


@pytest.fixture
def catalog(channel, resource_group) -> Catalog:
    return Catalog(channel, resource_group)


@pytest.fixture
def definition(catalog):
    return catalog.definition()


@pytest.fixture
def image(catalog) -> str:
    """A Linux generalized managed image in eastus, of 64 KiB."""
    return catalog.source(disk()).name


def snapshot(catalog: Catalog, source_id: str, location="eastus", os=True, data=None) -> str:
    fields = {} if os else {"os_type": 0, "os_state": 0}
    return catalog.source(data or disk(), source_id, location, SNAPSHOT, **fields).name


# Names


@pytest.mark.parametrize("version_id", ["0.0.0", "1.2.3", "2147483647.0.1"])
def test_a_version_is_named_major_minor_patch(catalog, definition, image, version_id):
    version = succeeded(catalog, catalog.create_version(definition, version_id, image))

    assert version.name == f"{definition.name}/versions/{version_id}"
    assert catalog.version(version.name).provisioning_state == SUCCEEDED


@pytest.mark.parametrize("view", [pb.IMAGE_VERSION_VIEW_BASIC, pb.IMAGE_VERSION_VIEW_FULL])
def test_versions_are_listed_in_the_order_of_their_numbers(catalog, definition, image, view):
    for version_id in ["1.10.0", "1.9.0", "0.0.10", "1.2.30", "0.0.9"]:
        succeeded(catalog, catalog.create_version(definition, version_id, image))

    listed, token = [], ""
    while True:  # in pages of two
        page = catalog.versions.ListImageVersions(
            pb.ListImageVersionsRequest(
                parent=definition.name, page_size=2, page_token=token, view=view
            )
        )
        listed += [v.name.rsplit("/", 1)[1] for v in page.image_versions]
        if not (token := page.next_page_token):
            break

    assert listed == ["0.0.9", "0.0.10", "1.2.30", "1.9.0", "1.10.0"]


@pytest.mark.parametrize(
    ("version_id", "reason"),
    [
        ("01.0.0", "INVALID_NAME"),
        ("1.0", "INVALID_NAME"),
        ("1.0.0.0", "INVALID_NAME"),
        ("a.b.c", "INVALID_NAME"),
        ("2147483648.0.0", "INVALID_NAME"),
        ("-1.0.0", "INVALID_NAME"),
        ("", "FIELD_REQUIRED"),
    ],
)
def test_a_bad_version_name_is_refused(catalog, definition, image, version_id, reason):
    create = catalog.versions.CreateImageVersion
    invalid(create, request(definition, version_id, storage(image)), {"image_version_id": reason})
    nothing_written(catalog, definition)


def test_a_version_needs_its_definition(catalog, definition, image):
    missing = definition_pb.ImageDefinition(name=definition.name + "-missing")
    refused = failure(
        catalog.versions.CreateImageVersion,
        request(missing, "1.0.0", storage(image)),
        Code.NOT_FOUND,
    )
    assert refused.reason == "ERROR_REASON_PARENT_NOT_FOUND"
    assert is_gone(catalog, f"{missing.name}/versions/1.0.0")
    assert operations_on(catalog, missing.name) == []


def test_the_same_version_cannot_be_created_twice(catalog, definition, image):
    succeeded(catalog, catalog.create_version(definition, "1.0.0", image))

    again = failure(
        catalog.versions.CreateImageVersion,
        request(definition, "1.0.0", storage(image)),
        Code.ALREADY_EXISTS,
    )
    assert again.reason == "ERROR_REASON_RESOURCE_ALREADY_EXISTS"
    assert len(operations_on(catalog, definition.name + "/")) == 1


# Sources


def test_a_missing_source_is_not_found(catalog, definition):
    missing = f"{catalog.resource_group}/providers/Microsoft.Compute/images/nope"
    refused = failure(
        catalog.versions.CreateImageVersion,
        request(definition, "1.0.0", storage(missing)),
        Code.NOT_FOUND,
    )
    assert refused.reason == "ERROR_REASON_SOURCE_NOT_FOUND"
    nothing_written(catalog, definition)


SOURCE_MISTAKES = {
    "snapshot as the whole source": (
        lambda c: storage(snapshot(c, "snap")),
        {f"{SP}.source": "WRONG_SOURCE_KIND"},
    ),
    "managed image as the OS disk": (
        lambda c: storage(os_source=c.source(disk(), "img").name),
        {f"{SP}.os_disk_image.source": "WRONG_SOURCE_KIND"},
    ),
    "both kinds": (
        lambda c: storage(c.source(disk(), "img").name, os_source=snapshot(c, "snap")),
        {SP: "SOURCE_KIND_CONFLICT"},
    ),
    "no source": (lambda c: None, {f"{SP}.source": "FIELD_REQUIRED"}),
    "Windows source": (
        lambda c: storage(c.source(disk(), "img", os_type=common_pb2.OS_TYPE_WINDOWS).name),
        {f"{SP}.source": "SOURCE_MISMATCH"},
    ),
    "specialized source": (
        lambda c: storage(c.source(disk(), "img", os_state=common_pb2.OS_STATE_SPECIALIZED).name),
        {f"{SP}.source": "SOURCE_MISMATCH"},
    ),
    "V2 source": (
        lambda c: storage(
            c.source(disk(), "img", hyper_v_generation=common_pb2.HYPER_V_GENERATION_V2).name
        ),
        {f"{SP}.source": "SOURCE_MISMATCH"},
    ),
    "data disk in another region": (
        lambda c: storage(
            os_source=snapshot(c, "os"), data=[(snapshot(c, "d", "westus", os=False), 0)]
        ),
        {f"{SP}.data_disk_images[0].source": "SOURCE_REGION_MISMATCH"},
    ),
    "duplicate LUNs": (
        lambda c: storage(
            os_source=snapshot(c, "os"),
            data=[(snapshot(c, "d1", os=False), 1), (snapshot(c, "d2", os=False), 1)],
        ),
        {f"{SP}.data_disk_images[1].lun": "DUPLICATE_VALUE"},
    ),
    "LUN 64": (
        lambda c: storage(os_source=snapshot(c, "os"), data=[(snapshot(c, "d", os=False), 64)]),
        {f"{SP}.data_disk_images[0].lun": "FIELD_INVALID"},
    ),
    "OS snapshot as a data disk too": (
        lambda c: storage(os_source=(s := snapshot(c, "os")), data=[(s, 0)]),
        {f"{SP}.data_disk_images[0].source": "SAME_DISK_TWICE"},
    ),
    "two snapshots of the same bytes": (
        lambda c: storage(
            os_source=snapshot(c, "os", data=(same := disk())),
            data=[(snapshot(c, "d", os=False, data=same), 0)],
        ),
        {f"{SP}.data_disk_images[0].source": "SAME_DISK_TWICE"},
    ),
}


@pytest.mark.parametrize("case", list(SOURCE_MISTAKES))
def test_a_wrong_source_is_refused(catalog, definition, case):
    make, fields = SOURCE_MISTAKES[case]
    invalid(
        catalog.versions.CreateImageVersion, request(definition, "1.0.0", make(catalog)), fields
    )
    nothing_written(catalog, definition)


def test_a_version_lives_in_its_sources_region(catalog, definition, image):
    create = catalog.versions.CreateImageVersion
    mismatch = request(definition, "1.0.0", storage(image), "eastus", location="westus")
    invalid(create, mismatch, {"image_version.location": "LOCATION_MISMATCH"})
    nothing_written(catalog, definition)


def test_disks_come_from_snapshots_with_their_luns(catalog, definition):
    os_data, data3, data7 = disk(), disk(), disk()
    os_snap = snapshot(catalog, "os", data=os_data)
    luns = [(snapshot(catalog, "d3", os=False, data=data3), 3)]
    luns.append((snapshot(catalog, "d7", os=False, data=data7), 7))

    operation = catalog.versions.CreateImageVersion(
        request(definition, "1.0.0", storage(os_source=os_snap, data=luns))
    )
    version = succeeded(catalog, operation)

    profile = version.storage_profile
    sha = lambda data: hashlib.sha256(data).hexdigest()  # noqa: E731
    assert (profile.os_disk_image.source, profile.os_disk_image.disk.sha256) == (
        os_snap,
        sha(os_data),
    )
    assert profile.os_disk_image.size_in_gb == 1
    assert [(d.source, d.lun, d.disk.sha256) for d in profile.data_disk_images] == [
        (luns[0][0], 3, sha(data3)),
        (luns[1][0], 7, sha(data7)),
    ]


def test_a_version_of_another_gallery_is_a_source(catalog, definition, image, channel):
    first = succeeded(catalog, catalog.create_version(definition, "1.0.0", image))
    other = Catalog(channel, f"/subscriptions/{uuid.uuid4()}/resourceGroups/rg-other")
    other_definition = other.definition()

    copy = succeeded(other, other.create_version(other_definition, "2.0.0", first.name))

    assert copy.storage_profile.source == first.name
    assert copy.storage_profile.os_disk_image.disk == first.storage_profile.os_disk_image.disk
    assert copy.location == "eastus"


# Publishing profiles


def test_a_profile_gets_its_defaults(catalog, definition, image):
    before = datetime.now(UTC)
    version = succeeded(catalog, catalog.create_version(definition, "1.0.0", image))

    assert version.location == "eastus"
    profile = version.publishing_profile
    assert list(profile.target_regions) == [
        pb.TargetRegion(name="eastus", regional_replica_count=1, storage_account_type=LRS)
    ]
    assert (profile.replica_count, profile.storage_account_type) == (1, LRS)
    assert (
        before - timedelta(seconds=1) <= profile.published_date.ToDatetime(UTC) <= datetime.now(UTC)
    )
    assert version.provisioning_state == SUCCEEDED


def test_regions_take_the_common_replica_count_unless_they_give_one(catalog, definition, image):
    targets = [
        pb.TargetRegion(name="East US"),
        pb.TargetRegion(name="westus", regional_replica_count=3),
    ]
    operation = catalog.create_version(definition, "1.0.0", image, *targets, replica_count=2)
    version = succeeded(catalog, operation)

    regions = version.publishing_profile.target_regions
    assert [(t.name, t.regional_replica_count) for t in regions] == [("eastus", 2), ("westus", 3)]


PROFILE_MISTAKES = {
    "source region not targeted": (
        (["westus"], {}),
        {f"{PP}.target_regions": "SOURCE_REGION_NOT_TARGETED"},
    ),
    "a region twice": (
        (["eastus", "East US"], {}),
        {f"{PP}.target_regions[1].name": "DUPLICATE_VALUE"},
    ),
    "unknown region": (
        (["eastus", "moonbase"], {}),
        {f"{PP}.target_regions[1].name": "UNKNOWN_REGION"},
    ),
    "other cloud": (
        (["eastus", "chinaeast"], {}),
        {f"{PP}.target_regions[1].name": "REGION_IN_OTHER_CLOUD"},
    ),
    "11 replicas": ((["eastus"], {"replica_count": 11}), {f"{PP}.replica_count": "FIELD_INVALID"}),
    "11 regional replicas": (
        ([pb.TargetRegion(name="eastus", regional_replica_count=11)], {}),
        {f"{PP}.target_regions[0].regional_replica_count": "FIELD_INVALID"},
    ),
    "ZRS without zones": (
        (["eastus", pb.TargetRegion(name="westus", storage_account_type=ZRS)], {}),
        {f"{PP}.target_regions[1].storage_account_type": "ZRS_NOT_SUPPORTED"},
    ),
    "end of life in the past": (
        ([], {"end_of_life_date": when(-1)}),
        {f"{PP}.end_of_life_date": "END_OF_LIFE_IN_PAST"},
    ),
}


@pytest.mark.parametrize("case", list(PROFILE_MISTAKES))
def test_a_wrong_publishing_profile_is_refused(catalog, definition, image, case):
    (targets, fields), expected = PROFILE_MISTAKES[case]
    create = catalog.versions.CreateImageVersion
    invalid(create, request(definition, "1.0.0", storage(image), *targets, **fields), expected)
    nothing_written(catalog, definition)


def test_every_mistake_is_named_at_once(catalog, definition):
    os_snap = snapshot(catalog, "os")
    bad = request(
        definition,
        "1.0",
        storage(os_source=os_snap, data=[(snapshot(catalog, "d", os=False), 64)]),
        pb.TargetRegion(name="eastus", regional_replica_count=11),
        "East US",
        "moonbase",
        end_of_life_date=when(-1),
    )
    invalid(
        catalog.versions.CreateImageVersion,
        bad,
        {
            "image_version_id": "INVALID_NAME",
            f"{SP}.data_disk_images[0].lun": "FIELD_INVALID",
            f"{PP}.end_of_life_date": "END_OF_LIFE_IN_PAST",
            f"{PP}.target_regions[0].regional_replica_count": "FIELD_INVALID",
            f"{PP}.target_regions[1].name": "DUPLICATE_VALUE",
            f"{PP}.target_regions[2].name": "UNKNOWN_REGION",
        },
    )
    nothing_written(catalog, definition)


# Updates


UPDATES = {
    "tags": (
        pb.ImageVersion(tags={"stage": "tested"}),
        lambda v: dict(v.tags) == {"stage": "tested"},
    ),
    "publishing_profile.exclude_from_latest": (
        pb.ImageVersion(publishing_profile=pb.PublishingProfile(exclude_from_latest=True)),
        lambda v: v.publishing_profile.exclude_from_latest,
    ),
    "publishing_profile.end_of_life_date": (
        pb.ImageVersion(publishing_profile=pb.PublishingProfile(end_of_life_date=when(30))),
        lambda v: v.publishing_profile.end_of_life_date.seconds > time.time() + 29 * 86400,
    ),
    "publishing_profile.replica_count": (
        pb.ImageVersion(publishing_profile=pb.PublishingProfile(replica_count=2)),
        lambda v: v.publishing_profile.replica_count == 2,
    ),
    "safety_profile": (
        pb.ImageVersion(
            safety_profile=pb.SafetyProfile(allow_deletion_of_replicated_locations=True)
        ),
        lambda v: v.safety_profile.allow_deletion_of_replicated_locations,
    ),
}


@pytest.mark.parametrize("path", list(UPDATES))
def test_an_update_changes_what_may_change(catalog, definition, image, path):
    created = succeeded(catalog, catalog.create_version(definition, "1.0.0", image))
    change, check = UPDATES[path]
    change.name = created.name

    operation = catalog.versions.UpdateImageVersion(
        pb.UpdateImageVersionRequest(image_version=change, update_mask=FieldMask(paths=[path]))
    )
    updated = succeeded(catalog, operation)

    assert check(updated) and check(catalog.version(created.name))
    assert updated.etag != created.etag
    assert updated.provisioning_state == SUCCEEDED


IMMUTABLE = {
    "storage_profile.source": (
        lambda c: pb.ImageVersion(storage_profile=storage(c.source(disk(), "other").name)),
        f"{SP}.source",
    ),
    "publishing_profile.target_regions": (
        lambda c: pb.ImageVersion(
            publishing_profile=pb.PublishingProfile(
                target_regions=[pb.TargetRegion(name="eastus", storage_account_type=PREMIUM)]
            )
        ),
        f"{PP}.target_regions[0].storage_account_type",
    ),
    "publishing_profile.storage_account_type": (
        lambda c: pb.ImageVersion(
            publishing_profile=pb.PublishingProfile(storage_account_type=PREMIUM)
        ),
        f"{PP}.storage_account_type",
    ),
}


@pytest.mark.parametrize("path", list(IMMUTABLE))
def test_an_update_cannot_change_what_is_fixed(catalog, definition, image, path):
    created = succeeded(catalog, catalog.create_version(definition, "1.0.0", image))
    make, field = IMMUTABLE[path]
    change = make(catalog)
    change.name = created.name

    update = pb.UpdateImageVersionRequest(image_version=change, update_mask=FieldMask(paths=[path]))
    invalid(catalog.versions.UpdateImageVersion, update, {field: "IMMUTABLE_FIELD"})
    assert catalog.version(created.name, full=False).etag == created.etag
    assert len(operations_on(catalog, created.name)) == 1


# Deletes


def test_deletion_before_end_of_life_can_be_blocked(catalog, definition, image):
    block = pb.SafetyProfile(block_deletion_before_end_of_life=True)
    operation = catalog.versions.CreateImageVersion(
        request(
            definition, "1.0.0", storage(image), end_of_life_date=when(30), safety_profile=block
        )
    )
    created = succeeded(catalog, operation)

    refused = failure(
        catalog.versions.DeleteImageVersion,
        pb.DeleteImageVersionRequest(name=created.name),
        Code.FAILED_PRECONDITION,
    )
    assert refused.reason == "ERROR_REASON_DELETION_BLOCKED_BEFORE_END_OF_LIFE"
    assert catalog.version(created.name).provisioning_state == SUCCEEDED
    assert len(operations_on(catalog, created.name)) == 1
    forced = definition_pb.DeleteImageDefinitionRequest(name=definition.name, force=True)
    refused = failure(catalog.definitions.DeleteImageDefinition, forced, Code.FAILED_PRECONDITION)
    assert refused.reason == "ERROR_REASON_DELETION_BLOCKED_BEFORE_END_OF_LIFE"
    assert catalog.version(created.name).provisioning_state == SUCCEEDED


def test_a_deleted_version_and_its_replicas_are_gone(catalog, definition, data_dir):
    data = disk()
    source = catalog.source(data).name
    created = succeeded(
        catalog, catalog.create_version(definition, "1.0.0", source, "eastus", "westus2")
    )
    assert len(files_of(data_dir, data)) == 2

    operation = catalog.versions.DeleteImageVersion(pb.DeleteImageVersionRequest(name=created.name))
    done = catalog.wait(operation)

    assert not done.HasField("error"), done.error
    assert is_gone(catalog, created.name)
    assert files_of(data_dir, data) == []


def test_a_definition_with_versions_is_deleted_only_with_force(catalog, definition, data_dir):
    data = disk()
    created = succeeded(
        catalog, catalog.create_version(definition, "1.0.0", catalog.source(data).name)
    )
    delete = catalog.definitions.DeleteImageDefinition

    refused = failure(
        delete,
        definition_pb.DeleteImageDefinitionRequest(name=definition.name),
        Code.FAILED_PRECONDITION,
    )
    assert refused.reason == "ERROR_REASON_RESOURCE_HAS_CHILDREN"
    assert catalog.version(created.name).provisioning_state == SUCCEEDED

    delete(definition_pb.DeleteImageDefinitionRequest(name=definition.name, force=True))

    get = definition_pb.GetImageDefinitionRequest(name=definition.name)
    failure(catalog.definitions.GetImageDefinition, get, Code.NOT_FOUND)
    assert is_gone(catalog, created.name)
    wait_for(lambda: files_of(data_dir, data) == [], 5, "the version's replicas to go")


def test_a_retry_needs_a_failed_region(catalog, definition, image):
    created = succeeded(catalog, catalog.create_version(definition, "1.0.0", image))

    refused = failure(
        catalog.versions.RetryImageVersionReplication,
        pb.RetryImageVersionReplicationRequest(name=created.name),
        Code.FAILED_PRECONDITION,
    )
    assert refused.reason == "ERROR_REASON_NO_FAILED_REGIONS"
    assert len(operations_on(catalog, created.name)) == 1


# Operations


def test_an_operation_tells_what_it_does_and_answers_the_version(catalog, definition, image):
    operation = catalog.create_version(definition, "1.0.0", image)
    name = f"{definition.name}/versions/1.0.0"

    got = catalog.operations.GetOperation(operations_pb2.GetOperationRequest(name=operation.name))
    metadata = operation_metadata_pb2.OperationMetadata()
    assert got.metadata.Unpack(metadata)
    assert (metadata.target, metadata.verb) == (name, "create")
    catalog.wait(operation)
    done = catalog.operations.GetOperation(operations_pb2.GetOperationRequest(name=operation.name))
    version = pb.ImageVersion()
    assert done.done and done.response.Unpack(version)
    assert (version.name, version.provisioning_state) == (name, SUCCEEDED)

    cancel = catalog.operations.CancelOperation
    refused = failure(
        cancel, operations_pb2.CancelOperationRequest(name=operation.name), Code.FAILED_PRECONDITION
    )
    assert refused.reason == "ERROR_REASON_OPERATION_NOT_CANCELLABLE"

    catalog.operations.DeleteOperation(operations_pb2.DeleteOperationRequest(name=operation.name))
    get = catalog.operations.GetOperation
    failure(get, operations_pb2.GetOperationRequest(name=operation.name), Code.NOT_FOUND)


def test_an_operation_is_named_operations_slash_id(catalog):
    get = catalog.operations.GetOperation
    missing = failure(
        get, operations_pb2.GetOperationRequest(name="operations/nope"), Code.NOT_FOUND
    )
    assert missing.reason == "ERROR_REASON_RESOURCE_NOT_FOUND"
    invalid(
        get, operations_pb2.GetOperationRequest(name="nonsense"), {"name": "INVALID_RESOURCE_NAME"}
    )


# A server with small limits and a slow westus


@pytest.fixture(scope="module")
def tight(tmp_path_factory):
    process = ServerProcess(tmp_path_factory.mktemp("tight"), env=TIGHT).start()
    with grpc.insecure_channel(process.address) as channel:
        yield channel
    assert process.stop() == 0


def test_a_version_is_creating_until_replicated(tight, resource_group):
    catalog = Catalog(tight, resource_group)
    definition = catalog.definition()
    operation = catalog.create_version(
        definition, "1.0.0", catalog.source(disk(), location="westus").name
    )

    assert catalog.version(f"{definition.name}/versions/1.0.0").provisioning_state == CREATING
    assert succeeded(catalog, operation).provisioning_state == SUCCEEDED


def test_versions_per_subscription_and_region_are_limited(tight, resource_group):
    catalog = Catalog(tight, resource_group)
    definition = catalog.definition()
    image = catalog.source(disk()).name
    for version_id in ("1.0.0", "1.0.1"):
        succeeded(catalog, catalog.create_version(definition, version_id, image))

    refused = failure(
        catalog.versions.CreateImageVersion,
        request(definition, "1.0.2", storage(image)),
        Code.RESOURCE_EXHAUSTED,
    )
    assert refused.reason == "ERROR_REASON_QUOTA_EXCEEDED"
    assert is_gone(catalog, f"{definition.name}/versions/1.0.2")
    assert len(operations_on(catalog, definition.name + "/")) == 2
    elsewhere = catalog.source(disk(), "elsewhere", "westus2").name
    succeeded(catalog, catalog.create_version(definition, "1.0.2", elsewhere))


@pytest.mark.parametrize(
    ("target", "fields", "field"),
    [
        (
            pb.TargetRegion(name="eastus", regional_replica_count=4),
            {},
            "target_regions[0].regional_replica_count",
        ),
        (pb.TargetRegion(name="eastus"), {"replica_count": 4}, "replica_count"),
    ],
)
def test_replicas_per_region_are_limited(tight, resource_group, target, fields, field):
    catalog = Catalog(tight, resource_group)
    definition = catalog.definition()
    image = catalog.source(disk()).name

    create = catalog.versions.CreateImageVersion
    four = request(definition, "1.0.0", storage(image), target, **fields)
    invalid(create, four, {f"{PP}.{field}": "FIELD_INVALID"})
    nothing_written(catalog, definition)
    succeeded(catalog, catalog.create_version(definition, "1.0.0", image, replica_count=3))


def test_a_version_being_deleted_cannot_be_updated(tight, resource_group):
    catalog = Catalog(tight, resource_group)
    definition = catalog.definition()
    slow = catalog.source(disk(256 * 1024), location="westus").name  # 4 s to westus
    catalog.create_version(definition, "1.0.0", slow)
    name = f"{definition.name}/versions/1.0.0"

    def copying() -> bool:
        return catalog.version(name).replication_status.summary[0].bytes_copied > 0

    wait_for(copying, 10)
    deleting = catalog.versions.DeleteImageVersion(pb.DeleteImageVersionRequest(name=name))
    assert catalog.version(name).provisioning_state == DELETING

    update = pb.UpdateImageVersionRequest(
        image_version=pb.ImageVersion(name=name, tags={"a": "b"}),
        update_mask=FieldMask(paths=["tags"]),
    )
    refused = failure(catalog.versions.UpdateImageVersion, update, Code.FAILED_PRECONDITION)
    assert refused.reason == "ERROR_REASON_VERSION_BEING_DELETED"
    assert dict(catalog.version(name).tags) == {}
    assert not catalog.wait(deleting).HasField("error")
    assert is_gone(catalog, name)
