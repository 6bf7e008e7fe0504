"""Image sources over a real server: every kind, every rule with its precise error,
uploads consumed, and blobs freed once nothing holds them."""

import os
import uuid

import grpc
import pytest
from conftest import failure, invalid
from imagegallery.v1 import common_pb2, image_source_service_pb2_grpc
from imagegallery.v1 import image_source_service_pb2 as pb
from test_uploads import new_upload, upload_disk

Code = grpc.StatusCode
LINUX, GENERALIZED, V2 = (
    common_pb2.OS_TYPE_LINUX,
    common_pb2.OS_STATE_GENERALIZED,
    common_pb2.HYPER_V_GENERATION_V2,
)
COLLECTIONS = {
    pb.IMAGE_SOURCE_KIND_VHD: "vhds",
    pb.IMAGE_SOURCE_KIND_SNAPSHOT: "snapshots",
    pb.IMAGE_SOURCE_KIND_MANAGED_DISK: "disks",
    pb.IMAGE_SOURCE_KIND_MANAGED_IMAGE: "images",
    pb.IMAGE_SOURCE_KIND_VIRTUAL_MACHINE: "virtualMachines",
}
WHOLE = [pb.IMAGE_SOURCE_KIND_MANAGED_IMAGE, pb.IMAGE_SOURCE_KIND_VIRTUAL_MACHINE]


@pytest.fixture
def sources(channel):
    return image_source_service_pb2_grpc.ImageSourceServiceStub(channel)


@pytest.fixture
def disk(sources, resource_group):
    """Makes a committed upload of a few random blocks: disk() or disk(location=...)."""

    def make(location: str = "eastus", data: bytes | None = None) -> pb.Upload:
        return upload_disk(sources, resource_group, data or os.urandom(8192), location)

    return make


def create(sources, parent: str, source_id: str = "src1", **fields) -> pb.ImageSource:
    return sources.CreateImageSource(request(parent, source_id, **fields))


def request(parent: str, source_id: str = "src1", **fields) -> pb.CreateImageSourceRequest:
    values: dict[str, object] = {"location": "eastus"}
    values.update(fields)
    return pb.CreateImageSourceRequest(
        parent=parent, image_source_id=source_id, image_source=pb.ImageSource(**values)
    )


def os_disk(upload: pb.Upload) -> pb.SourceDisk:
    return pb.SourceDisk(upload=upload.name)


def data_disk(upload: pb.Upload, lun: int) -> pb.SourceDisk:
    return pb.SourceDisk(upload=upload.name, lun=lun)


def is_consumed(sources, upload: pb.Upload) -> bool:
    try:
        sources.GetUpload(pb.GetUploadRequest(name=upload.name))
    except grpc.RpcError as error:
        assert error.code() == Code.NOT_FOUND
        return True
    return False


@pytest.mark.parametrize("kind", list(COLLECTIONS))
def test_a_source_of_each_kind_holds_its_uploads_bytes(sources, resource_group, disk, kind):
    os_upload = disk()
    data = [disk(), disk()] if kind in WHOLE else []

    created = create(
        sources,
        resource_group,
        "Source-1.a_b",
        location="East US",
        kind=kind,
        os_type=LINUX,
        os_state=GENERALIZED,
        os_disk=os_disk(os_upload),
        data_disks=[data_disk(u, lun) for u, lun in zip(data, [0, 5], strict=False)],
        tags={"team": "images"},
    )

    assert created.name == (
        f"{resource_group}/providers/Microsoft.Compute/{COLLECTIONS[kind]}/Source-1.a_b"
    )
    assert created.location == "eastus"
    assert created.kind == kind
    assert created.hyper_v_generation == common_pb2.HYPER_V_GENERATION_V1
    assert created.os_disk == pb.SourceDisk(disk=os_upload.disk)
    assert list(created.data_disks) == [
        pb.SourceDisk(lun=lun, disk=u.disk) for u, lun in zip(data, [0, 5], strict=False)
    ]
    assert created.provisioning_state == common_pb2.PROVISIONING_STATE_SUCCEEDED
    assert created.etag and created.create_time.seconds > 0
    assert dict(created.tags) == {"team": "images"}
    assert sources.GetImageSource(pb.GetImageSourceRequest(name=created.name.upper())) == created
    assert all(is_consumed(sources, u) for u in [os_upload, *data])


def test_a_single_disk_without_an_os_is_a_data_disk(sources, resource_group, disk):
    created = create(
        sources, resource_group, kind=pb.IMAGE_SOURCE_KIND_SNAPSHOT, os_disk=os_disk(disk())
    )

    assert created.os_type == common_pb2.OS_TYPE_UNSPECIFIED
    assert created.os_state == common_pb2.OS_STATE_UNSPECIFIED
    assert created.hyper_v_generation == common_pb2.HYPER_V_GENERATION_UNSPECIFIED


def test_a_stated_generation_is_kept(sources, resource_group, disk):
    created = create(
        sources,
        resource_group,
        kind=pb.IMAGE_SOURCE_KIND_MANAGED_DISK,
        os_type=LINUX,
        os_state=GENERALIZED,
        hyper_v_generation=V2,
        os_disk=os_disk(disk()),
    )

    assert created.hyper_v_generation == V2


def test_sources_are_listed_by_resource_group_page_by_page(sources, resource_group, disk):
    for source_id in ("c", "a", "b"):
        create(
            sources,
            resource_group,
            source_id,
            kind=pb.IMAGE_SOURCE_KIND_VHD,
            os_disk=os_disk(disk()),
        )

    first = sources.ListImageSources(pb.ListImageSourcesRequest(parent=resource_group, page_size=2))
    second = sources.ListImageSources(
        pb.ListImageSourcesRequest(
            parent=resource_group, page_size=2, page_token=first.next_page_token
        )
    )

    listed = [s.name.rsplit("/", 1)[1] for s in [*first.image_sources, *second.image_sources]]
    assert listed == ["a", "b", "c"]
    assert second.next_page_token == ""
    invalid(
        sources.ListImageSources,
        pb.ListImageSourcesRequest(parent="/subscriptions/s"),
        {"parent": "INVALID_RESOURCE_NAME"},
    )


def test_every_mistake_of_a_source_is_named_at_once(sources, resource_group, data_dir):
    invalid(
        sources.CreateImageSource,
        pb.CreateImageSourceRequest(
            parent="/subscriptions/s", image_source_id="-bad-", image_source=pb.ImageSource()
        ),
        {
            "parent": "INVALID_RESOURCE_NAME",
            "image_source_id": "INVALID_NAME",
            "image_source.location": "FIELD_REQUIRED",
            "image_source.kind": "FIELD_REQUIRED",
            "image_source.os_disk": "FIELD_REQUIRED",
        },
    )


def test_a_managed_image_or_vm_names_its_os_and_distinct_data_disks(sources, resource_group):
    upload = f"{resource_group}/providers/Microsoft.Compute/uploads/u"
    invalid(
        sources.CreateImageSource,
        request(
            resource_group,
            kind=pb.IMAGE_SOURCE_KIND_VIRTUAL_MACHINE,
            os_disk=pb.SourceDisk(upload=upload, lun=3),
            data_disks=[
                pb.SourceDisk(upload=upload.upper(), lun=1),
                pb.SourceDisk(upload=f"{upload}2", lun=1),
                pb.SourceDisk(upload=f"{upload}3", lun=64),
                pb.SourceDisk(lun=2),
                pb.SourceDisk(upload="snapshots/x", lun=4),
            ],
            tags={"": "x"},
        ),
        {
            "image_source.os_type": "FIELD_REQUIRED",
            "image_source.os_state": "FIELD_REQUIRED",
            "image_source.os_disk.lun": "FIELD_INVALID",
            "image_source.data_disks[0].upload": "DUPLICATE_VALUE",
            "image_source.data_disks[1].lun": "DUPLICATE_VALUE",
            "image_source.data_disks[2].lun": "FIELD_INVALID",
            "image_source.data_disks[3].upload": "FIELD_REQUIRED",
            "image_source.data_disks[4].upload": "INVALID_RESOURCE_NAME",
            "image_source.tags['']": "FIELD_INVALID",
        },
    )


@pytest.mark.parametrize(
    "kind",
    [pb.IMAGE_SOURCE_KIND_VHD, pb.IMAGE_SOURCE_KIND_SNAPSHOT, pb.IMAGE_SOURCE_KIND_MANAGED_DISK],
)
def test_a_single_disk_source_has_one_disk_and_an_os_only_with_its_type(
    sources, resource_group, kind
):
    upload = f"{resource_group}/providers/Microsoft.Compute/uploads/u"
    invalid(
        sources.CreateImageSource,
        request(
            resource_group,
            kind=kind,
            os_state=GENERALIZED,
            hyper_v_generation=V2,
            os_disk=pb.SourceDisk(upload=upload),
            data_disks=[pb.SourceDisk(upload=f"{upload}2")],
        ),
        {
            "image_source.os_state": "FIELD_INVALID",
            "image_source.hyper_v_generation": "FIELD_INVALID",
            "image_source.data_disks": "DATA_DISKS_NOT_ALLOWED",
        },
    )
    invalid(
        sources.CreateImageSource,
        request(resource_group, kind=kind, os_type=LINUX, os_disk=pb.SourceDisk(upload=upload)),
        {"image_source.os_state": "FIELD_REQUIRED"},
    )


def test_a_missing_upload_is_named(sources, resource_group, disk):
    kept = disk()
    missing = f"{resource_group}/providers/Microsoft.Compute/uploads/{uuid.uuid4().hex}"

    refused = failure(
        sources.CreateImageSource,
        request(
            resource_group,
            kind=pb.IMAGE_SOURCE_KIND_MANAGED_IMAGE,
            os_type=LINUX,
            os_state=GENERALIZED,
            os_disk=os_disk(kept),
            data_disks=[pb.SourceDisk(upload=missing, lun=0)],
        ),
        Code.NOT_FOUND,
    )

    assert refused.reason == "ERROR_REASON_RESOURCE_NOT_FOUND"
    assert refused.info.metadata["resource"] == missing
    assert refused.info.metadata["field"] == "image_source.data_disks[0].upload"
    assert missing in refused.message
    assert not is_consumed(sources, kept)  # a refused source writes nothing


def test_an_upload_still_receiving_is_refused(sources, resource_group):
    receiving = new_upload(sources, resource_group, 8192)

    refused = failure(
        sources.CreateImageSource,
        request(resource_group, kind=pb.IMAGE_SOURCE_KIND_VHD, os_disk=os_disk(receiving)),
        Code.FAILED_PRECONDITION,
    )

    assert refused.reason == "ERROR_REASON_UPLOAD_NOT_COMMITTED"
    assert refused.info.metadata["upload"] == receiving.name
    assert refused.info.metadata["field"] == "image_source.os_disk.upload"
    assert not is_consumed(sources, receiving)


def test_every_disk_lies_in_the_sources_region(sources, resource_group, disk):
    here, there = disk("eastus"), disk("westus")

    invalid(
        sources.CreateImageSource,
        request(
            resource_group,
            kind=pb.IMAGE_SOURCE_KIND_VIRTUAL_MACHINE,
            os_type=LINUX,
            os_state=GENERALIZED,
            os_disk=os_disk(here),
            data_disks=[data_disk(there, 0)],
        ),
        {"image_source.data_disks[0].upload": "UPLOAD_REGION_MISMATCH"},
    )
    failure(
        sources.GetImageSource,
        pb.GetImageSourceRequest(
            name=f"{resource_group}/providers/Microsoft.Compute/virtualMachines/src1"
        ),
        Code.NOT_FOUND,
    )
    assert not is_consumed(sources, here) and not is_consumed(sources, there)


def test_a_name_is_taken_once(sources, resource_group, disk):
    create(sources, resource_group, kind=pb.IMAGE_SOURCE_KIND_VHD, os_disk=os_disk(disk()))
    second = disk()

    refused = failure(
        sources.CreateImageSource,
        request(resource_group, kind=pb.IMAGE_SOURCE_KIND_VHD, os_disk=os_disk(second)),
        Code.ALREADY_EXISTS,
    )

    assert refused.reason == "ERROR_REASON_RESOURCE_ALREADY_EXISTS"
    assert not is_consumed(sources, second)


def test_a_retried_create_answers_the_first_source(sources, resource_group, disk):
    retried = request(resource_group, kind=pb.IMAGE_SOURCE_KIND_VHD, os_disk=os_disk(disk()))
    retried.request_id = str(uuid.uuid4())

    assert sources.CreateImageSource(retried) == sources.CreateImageSource(retried)


def test_blobs_are_freed_once_no_source_holds_them(sources, resource_group, disk, data_dir):
    data = os.urandom(8192)
    first, second = disk(data=data), disk(data=data)  # the same bytes: one blob
    blob = data_dir / "blobs" / first.disk.sha256
    a = create(sources, resource_group, "a", kind=pb.IMAGE_SOURCE_KIND_VHD, os_disk=os_disk(first))
    b = create(sources, resource_group, "b", kind=pb.IMAGE_SOURCE_KIND_VHD, os_disk=os_disk(second))

    stale = failure(
        sources.DeleteImageSource,
        pb.DeleteImageSourceRequest(name=a.name, etag='"1"'),
        Code.ABORTED,
    )
    assert stale.reason == "ERROR_REASON_ETAG_MISMATCH"
    sources.DeleteImageSource(pb.DeleteImageSourceRequest(name=a.name, etag=a.etag))
    assert blob.exists()  # b still holds it
    sources.DeleteImageSource(pb.DeleteImageSourceRequest(name=b.name))
    assert not blob.exists()
    gone = failure(sources.GetImageSource, pb.GetImageSourceRequest(name=b.name), Code.NOT_FOUND)
    assert gone.reason == "ERROR_REASON_RESOURCE_NOT_FOUND"
