"""Image sources: what image versions are made from. A VHD, snapshot or managed
disk holds one disk; a managed image or virtual machine holds an OS disk and data
disks (LUNs 0 to 63). Each disk is the content of a committed upload, which the
source consumes: the upload's record goes and the source holds its blob instead,
in the same transaction.

Names: /subscriptions/{s}/resourceGroups/{rg}/providers/Microsoft.Compute/{collection}/{id},
the collection following the kind (vhds, snapshots, disks, images, virtualMachines).
"""

from dataclasses import replace

from google.protobuf.message import Message
from imagegallery.v1 import image_source_service_pb2

from imagegallery_server.domain import names, validation
from imagegallery_server.domain.access import Caller, Permission
from imagegallery_server.domain.errors import (
    AlreadyExists,
    FailedPrecondition,
    NotFound,
    Violations,
)
from imagegallery_server.domain.identity import require_subscription
from imagegallery_server.domain.image_definitions import NAME_PATTERN, NAME_RULE
from imagegallery_server.domain.limits import Limits
from imagegallery_server.domain.model import (
    Disk,
    HyperVGeneration,
    ImageSource,
    ImageSourceKind,
    Page,
    ProvisioningState,
    SourceDisk,
    UploadState,
)
from imagegallery_server.domain.resources import (
    Clock,
    Kind,
    Mutation,
    ResourceRules,
    check_etag,
    existing,
    parse_into,
    write,
)
from imagegallery_server.domain.uploads import (
    UPLOAD_KIND,
    Uploads,
    parse_upload_name,
    upload_of,
)
from imagegallery_server.store import Record, Store, Transaction

IMAGE_SOURCE = Kind(
    name="image_source",
    label="image source",
    field="image_source",
    model=ImageSource,
    message=image_source_service_pb2.ImageSource,
    kept=True,
)
COLLECTIONS = [kind.value for kind in ImageSourceKind]
MAX_LUN = 63
LABELS = {
    ImageSourceKind.VHD: "VHD",
    ImageSourceKind.SNAPSHOT: "snapshot",
    ImageSourceKind.MANAGED_DISK: "managed disk",
    ImageSourceKind.MANAGED_IMAGE: "managed image",
    ImageSourceKind.VIRTUAL_MACHINE: "virtual machine",
}
_FIELD = IMAGE_SOURCE.field


def parse_source_name(text: str, field: str) -> names.ChildName:
    return names.parse_child(text, field, COLLECTIONS)


def disks_of(source: ImageSource) -> list[Disk]:
    """The disks a source holds, OS disk first."""
    disks = [source.os_disk, *source.data_disks]
    return [d.disk for d in disks if d is not None and d.disk is not None]


class ImageSources(ResourceRules[ImageSource]):
    kind = IMAGE_SOURCE
    children = "nothing"
    limit = ""
    parse_name = staticmethod(parse_source_name)

    def __init__(self, store: Store, limits: Limits, clock: Clock, uploads: Uploads) -> None:
        super().__init__(store, limits, clock)
        self._uploads = uploads

    def list_page(
        self, parent: str, page_size: int, after: str, within: list[str] | None = None
    ) -> Page[Message]:
        resource_group = names.parse_resource_group(parent, "parent")
        return self.listed(page_size, after, within, parent_key=names.key(resource_group))

    async def create(
        self,
        parent: str,
        source_id: str,
        source: ImageSource,
        mutation: Mutation,
        v: Violations,
        caller: Caller,
    ) -> ImageSource:
        """Creates the source from committed uploads, consuming them, in a subscription
        that exists (`require_subscription`); `v` holds what the edge already found wrong."""
        resource_group = parse_into(v, names.parse_resource_group, parent, "parent")
        validation.check_name(source_id, f"{_FIELD}_id", NAME_PATTERN, NAME_RULE, v)
        region = validation.check_region(source.location, f"{_FIELD}.location", v)
        if source.kind is None:
            v.required(
                f"{_FIELD}.kind",
                "the kind (VHD, snapshot, managed disk, managed image or virtual machine)",
            )
        _check_os(source, v)
        disks = _check_disks(source, v)
        validation.check_tags(source.tags, f"{_FIELD}.tags", v)
        v.raise_if_any()
        assert resource_group is not None and region is not None and source.kind is not None
        name = names.ChildName(resource_group, source.kind.value, source_id)
        now = self._clock()

        def insert(tx: Transaction) -> Record:
            require_subscription(tx, name.subscription, caller, now, (Permission.WRITE, parent))
            if tx.get(str(name)) is not None:
                raise AlreadyExists(
                    "RESOURCE_ALREADY_EXISTS",
                    f"The image source {name} already exists.",
                    resource=str(name),
                )
            uploads = {field: _committed_upload(tx, field, upload) for field, upload in disks}
            problems = Violations()
            for field, record in uploads.items():
                if record.location != region.name:
                    problems.add(
                        field,
                        "UPLOAD_REGION_MISMATCH",
                        f"the upload {record.name} is in {record.location}, not {region.name}: "
                        "a source's disks are in the source's region",
                    )
            problems.raise_if_any()
            contents = {field: upload_of(record).disk for field, record in uploads.items()}
            created = replace(
                source,
                name=str(name),
                location=region.name,
                hyper_v_generation=_generation(source),
                os_disk=SourceDisk(disk=contents[f"{_FIELD}.os_disk.upload"]),
                data_disks=[
                    SourceDisk(lun=d.lun, disk=contents[f"{_FIELD}.data_disks[{i}].upload"])
                    for i, d in enumerate(source.data_disks)
                ],
                provisioning_state=ProvisioningState.SUCCEEDED,
                create_time=now,
                etag="",
            )
            stored = tx.insert(
                Record(
                    kind=IMAGE_SOURCE.name,
                    name=str(name),
                    parent_key=names.key(resource_group),
                    subscription=name.subscription,
                    location=region.name,
                    body=IMAGE_SOURCE.body(created),
                )
            )
            tx.blobs.hold(stored.key, [disk.sha256 for disk in disks_of(created)])
            for record in uploads.values():  # consumed: the source holds their bytes now
                tx.delete(record)
                tx.blobs.release(record.key)
            return stored

        return IMAGE_SOURCE.to_model(await write(self._store, insert, mutation))

    async def delete(self, name: str, etag: str, force: bool, mutation: Mutation) -> None:
        """Deletes the source and frees the blobs nothing else holds (an image
        version made from it keeps its own hold)."""
        parsed = self.parse_name(name, "name")

        def remove(tx: Transaction) -> Record:
            record = existing(tx, IMAGE_SOURCE, parsed)
            check_etag(record, etag, IMAGE_SOURCE)
            tx.delete(record)
            tx.blobs.release(record.key)
            return record

        record = await write(self._store, remove, mutation)
        source = IMAGE_SOURCE.to_model(record)
        await self._uploads.free_blobs(disk.sha256 for disk in disks_of(source))


def _generation(source: ImageSource) -> HyperVGeneration | None:
    if source.os_type is None:
        return None
    return source.hyper_v_generation or HyperVGeneration.V1


def _check_os(source: ImageSource, v: Violations) -> None:
    """OS type and state: required for a managed image or VM; for a single disk,
    either both (an OS disk) or neither (a data disk)."""
    kind = source.kind
    if kind is not None and not kind.single_disk:
        if source.os_type is None:
            v.required(f"{_FIELD}.os_type", f"the OS type (Windows or Linux) of a {LABELS[kind]}")
        if source.os_state is None:
            v.required(
                f"{_FIELD}.os_state",
                f"the OS state (Generalized or Specialized) of a {LABELS[kind]}",
            )
        return
    if source.os_type is not None:
        if source.os_state is None:
            v.required(
                f"{_FIELD}.os_state",
                "the OS state (Generalized or Specialized) of a disk with an OS type",
            )
        return
    if kind is None:
        return
    for field in ("os_state", "hyper_v_generation"):
        if getattr(source, field) is not None:
            v.add(
                f"{_FIELD}.{field}",
                "FIELD_INVALID",
                f"{field} describes an operating system disk: set os_type too, or leave both "
                f"unset for a {LABELS[kind]} holding a data disk",
            )


def _check_disks(source: ImageSource, v: Violations) -> list[tuple[str, names.ChildName]]:
    """The uploads the disks name, each with its field; what is wrong goes to `v`."""
    disks: list[tuple[str, names.ChildName]] = []
    seen: dict[str, str] = {}

    def add(disk: SourceDisk, path: str) -> None:
        field = f"{path}.upload"
        if not disk.upload:
            v.required(field, "the committed upload holding the disk's bytes")
            return
        upload = parse_into(v, parse_upload_name, disk.upload, field)
        if upload is None:
            return
        if names.key(upload) in seen:
            v.add(
                field,
                "DUPLICATE_VALUE",
                f"{disk.upload} is already {seen[names.key(upload)]}: the OS disk and data "
                "disks of a source are different disks",
            )
            return
        seen[names.key(upload)] = field
        disks.append((field, upload))

    if source.os_disk is None:
        v.required(f"{_FIELD}.os_disk", "the OS disk (the only disk of a VHD, snapshot or disk)")
    else:
        add(source.os_disk, f"{_FIELD}.os_disk")
        if source.os_disk.lun:
            v.add(
                f"{_FIELD}.os_disk.lun",
                "FIELD_INVALID",
                "an OS disk has no LUN; LUNs number data disks",
            )
    if source.kind is not None and source.kind.single_disk and source.data_disks:
        label = LABELS[source.kind]
        v.add(
            f"{_FIELD}.data_disks",
            "DATA_DISKS_NOT_ALLOWED",
            f"a {label} holds exactly one disk, given as os_disk; data disks belong to a "
            "managed image or virtual machine source",
        )
        return disks
    luns: dict[int, int] = {}
    for index, disk in enumerate(source.data_disks):
        path = f"{_FIELD}.data_disks[{index}]"
        if not 0 <= disk.lun <= MAX_LUN:
            v.add(f"{path}.lun", "FIELD_INVALID", f"LUN {disk.lun} is not from 0 to {MAX_LUN}")
        elif disk.lun in luns:
            v.add(
                f"{path}.lun",
                "DUPLICATE_VALUE",
                f"LUN {disk.lun} is already data_disks[{luns[disk.lun]}]; each data disk has "
                "its own LUN",
            )
        luns.setdefault(disk.lun, index)
        add(disk, path)
    return disks


def _committed_upload(tx: Transaction, field: str, name: names.ChildName) -> Record:
    record = tx.get(str(name))
    if record is None or record.kind != UPLOAD_KIND:
        raise NotFound(
            "RESOURCE_NOT_FOUND",
            f"The upload {name} named by {field} was not found (an upload is consumed by "
            "the image source made from it).",
            resource=str(name),
            field=field,
        )
    if upload_of(record).state is not UploadState.COMMITTED:
        raise FailedPrecondition(
            "UPLOAD_NOT_COMMITTED",
            f"The upload {record.name} named by {field} is not committed; write every byte "
            "and commit it (CommitUpload) first.",
            upload=record.name,
            field=field,
        )
    return record
