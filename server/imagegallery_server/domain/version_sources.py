"""What an image version is made from: its source(s) found, checked against the
definition, and turned into the disks the version keeps."""

import math
from dataclasses import dataclass

from imagegallery_server.domain import codec, names
from imagegallery_server.domain.errors import InvalidArgument, NotFound, Violations
from imagegallery_server.domain.model import (
    Disk,
    DiskImage,
    HostCaching,
    ImageDefinition,
    ImageSource,
    ImageSourceKind,
    ImageVersion,
    StorageProfile,
)
from imagegallery_server.store import Reader, Record

FIELD = "image_version.storage_profile"
WHOLE_SOURCES = [ImageSourceKind.MANAGED_IMAGE.value, ImageSourceKind.VIRTUAL_MACHINE.value]
DISK_SOURCES = [k.value for k in ImageSourceKind if k.single_disk]
MAX_LUN = 63
GIB = 2**30


@dataclass(frozen=True)
class _Found:
    """A source as versions see it: what it holds and what it claims to be."""

    name: str
    location: str
    describes: ImageDefinition  # os_type, os_state and hyper_v_generation
    os_disk: Disk | None
    data_disks: list[tuple[int, Disk]]


def resolve(
    tx: Reader, definition: ImageDefinition, version: ImageVersion, v: Violations
) -> tuple[StorageProfile, str]:
    """The storage profile the version keeps (its disks filled in) and its region.
    One kind of source only: a whole one (managed image, VM, another version) or
    one per disk (snapshots, managed disks, VHDs)."""
    sp = version.storage_profile
    disk_images = [sp.os_disk_image, *sp.data_disk_images]
    per_disk = any(d and d.source for d in disk_images)
    if sp.source and per_disk:
        v.add(
            FIELD,
            "SOURCE_KIND_CONFLICT",
            "the source can be given either as storage_profile.source or per disk, not both: "
            "one and only one kind of source can be provided",
        )
        return sp, ""
    if sp.source:
        return _from_whole(tx, definition, sp, v)
    if per_disk:
        return _from_disks(tx, definition, sp, v)
    v.required(f"{FIELD}.source", "a source (storage_profile.source or os_disk_image.source)")
    return sp, ""


def _from_whole(
    tx: Reader, definition: ImageDefinition, sp: StorageProfile, v: Violations
) -> tuple[StorageProfile, str]:
    path = f"{FIELD}.source"
    found = _find(tx, sp.source, path, WHOLE_SOURCES, v, allow_versions=True)
    if found is None:
        return sp, ""
    _check_matches(found, definition, path, v)
    if sp.data_disk_images:
        v.add(
            f"{FIELD}.data_disk_images",
            "SOURCE_KIND_CONFLICT",
            "data disks come from storage_profile.source; do not list them as well",
        )
    caching = sp.os_disk_image.host_caching if sp.os_disk_image else None
    profile = StorageProfile(
        source=found.name,
        os_disk_image=_image("", 0, caching, found.os_disk),
        data_disk_images=[_image("", lun, None, disk) for lun, disk in found.data_disks],
    )
    return profile, found.location


def _from_disks(
    tx: Reader, definition: ImageDefinition, sp: StorageProfile, v: Violations
) -> tuple[StorageProfile, str]:
    os_image = sp.os_disk_image
    if os_image is None or not os_image.source:
        v.required(f"{FIELD}.os_disk_image.source", "the OS disk's source")
        return sp, ""
    os_path = f"{FIELD}.os_disk_image.source"
    os_found = _find(tx, os_image.source, os_path, DISK_SOURCES, v)
    if os_found is None:
        return sp, ""
    _check_matches(os_found, definition, os_path, v)
    seen = {os_found.name.lower(): os_path}
    os_digest = os_found.os_disk.sha256 if os_found.os_disk else None
    data_images = []
    luns: dict[int, int] = {}
    for index, image in enumerate(sp.data_disk_images):
        path = f"{FIELD}.data_disk_images[{index}]"
        _check_lun(image.lun, index, luns, path, v)
        found = _find(tx, image.source, f"{path}.source", DISK_SOURCES, v) if image.source else None
        if not image.source:
            v.required(f"{path}.source", "each data disk's source")
        if found is None:
            continue
        same_bytes = found.os_disk is not None and found.os_disk.sha256 == os_digest
        earlier = seen.get(found.name.lower()) or (os_path if same_bytes else None)
        if earlier:
            v.add(
                f"{path}.source",
                "SAME_DISK_TWICE",
                f"{image.source} is the same disk as {earlier}: a data disk cannot be the "
                "OS disk's bytes nor another data disk's source",
            )
        if found.location != os_found.location:
            _wrong_region(found, os_found.location, f"{path}.source", v)
        seen[found.name.lower()] = f"{path}.source"
        data_images.append(_image(found.name, image.lun, image.host_caching, found.os_disk))
    profile = StorageProfile(
        os_disk_image=_image(os_found.name, 0, os_image.host_caching, os_found.os_disk),
        data_disk_images=data_images,
    )
    return profile, os_found.location


def _find(
    tx: Reader,
    text: str,
    path: str,
    collections: list[str],
    v: Violations,
    allow_versions: bool = False,
) -> _Found | None:
    if allow_versions and names.is_image_version(text):
        record = tx.get(str(names.parse_image_version(text, path)))
        if record is not None and record.kind == "image_version":
            return _from_version(tx, record)
        raise _not_found(text)
    try:
        name = names.parse_child(text, path, collections)
    except InvalidArgument:
        kinds = ", ".join(
            collections + (["another gallery's image version"] if allow_versions else [])
        )
        v.add(
            path, "WRONG_SOURCE_KIND", f"{text!r} is not a source of a kind allowed here ({kinds})"
        )
        return None
    record = tx.get(str(name))
    if record is None or record.kind != "image_source":
        raise _not_found(text)
    source = codec.decode(ImageSource, record.body)
    return _Found(
        name=record.name,
        location=record.location,
        describes=ImageDefinition(
            os_type=source.os_type,
            os_state=source.os_state,
            hyper_v_generation=source.hyper_v_generation,
        ),
        os_disk=source.os_disk.disk if source.os_disk else None,
        data_disks=[(d.lun, d.disk) for d in source.data_disks if d.disk],
    )


def _from_version(tx: Reader, record: Record) -> _Found:
    version = codec.decode(ImageVersion, record.body)
    definition_record = tx.get(record.parent_key)
    definition = (
        codec.decode(ImageDefinition, definition_record.body)
        if definition_record
        else ImageDefinition()
    )
    sp = version.storage_profile
    return _Found(
        name=record.name,
        location=record.location,
        describes=definition,
        os_disk=sp.os_disk_image.disk if sp.os_disk_image else None,
        data_disks=[(d.lun, d.disk) for d in sp.data_disk_images if d.disk],
    )


def _check_matches(found: _Found, definition: ImageDefinition, path: str, v: Violations) -> None:
    for field, label in (
        ("os_type", "OS type"),
        ("os_state", "OS state"),
        ("hyper_v_generation", "Hyper-V generation"),
    ):
        theirs, ours = getattr(found.describes, field), getattr(definition, field)
        if theirs != ours:
            v.add(
                path,
                "SOURCE_MISMATCH",
                f"the source {found.name} has {label} {theirs or 'unset'}, but the image "
                f"definition has {ours}",
            )


def _check_lun(lun: int, index: int, luns: dict[int, int], path: str, v: Violations) -> None:
    if not 0 <= lun <= MAX_LUN:
        v.add(f"{path}.lun", "FIELD_INVALID", f"LUN {lun} is out of range 0 to {MAX_LUN}")
    elif lun in luns:
        v.add(
            f"{path}.lun",
            "DUPLICATE_VALUE",
            f"LUN {lun} is already data_disk_images[{luns[lun]}]: duplicated LUNs are not allowed",
        )
    luns.setdefault(lun, index)


def _wrong_region(found: _Found, region: str, path: str, v: Violations) -> None:
    v.add(
        path,
        "SOURCE_REGION_MISMATCH",
        f"{found.name} is in {found.location}, not {region}: every source must be in the "
        "image version's region",
    )


def _image(source: str, lun: int, caching: HostCaching | None, disk: Disk | None) -> DiskImage:
    size = disk.size_bytes if disk else 0
    return DiskImage(
        source=source,
        lun=lun,
        host_caching=caching or HostCaching.READ_WRITE,
        size_in_gb=math.ceil(size / GIB),
        disk=disk,
    )


def _not_found(text: str) -> NotFound:
    return NotFound(
        "SOURCE_NOT_FOUND",
        f"Source {text} is not found. Check that it exists and is in the same region as "
        "the image version being created.",
        resource=text,
    )
