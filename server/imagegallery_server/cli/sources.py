"""`imagegallery source`: upload a disk file as an image source; show, list,
delete sources."""

import argparse
import hashlib
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import grpc
from google.rpc import error_details_pb2
from grpc_status import rpc_status
from imagegallery.v1 import common_pb2
from imagegallery.v1 import image_source_service_pb2 as pb

from imagegallery_server.cli import common, values
from imagegallery_server.cli.common import Context, every_page
from imagegallery_server.cli.errors import CliError, UsageError
from imagegallery_server.cli.progress import ByteProgress

PROG = "imagegallery source"
CHUNK = 1 << 20  # bytes a message carries at most
BLOCK = 4096  # zeros are skipped in aligned blocks of this size
ZERO_BLOCK = bytes(BLOCK)
WRITE_ATTEMPTS = 4
# The collection of a source's resource ID, by kind.
COLLECTIONS = {
    pb.IMAGE_SOURCE_KIND_VHD: "vhds",
    pb.IMAGE_SOURCE_KIND_SNAPSHOT: "snapshots",
    pb.IMAGE_SOURCE_KIND_MANAGED_DISK: "disks",
    pb.IMAGE_SOURCE_KIND_MANAGED_IMAGE: "images",
    pb.IMAGE_SOURCE_KIND_VIRTUAL_MACHINE: "virtualMachines",
}
KINDS = pb.ImageSourceKind.DESCRIPTOR


def add_parser(commands: common.Subparsers) -> None:
    group = common.group(
        commands,
        "source",
        help="upload disks and manage image sources",
        description="Image sources hold the disk bytes image versions are made from: "
        "managed images, virtual machines, snapshots, managed disks and VHDs.",
        epilog=common.examples(
            (
                "Upload a raw disk as a managed image.",
                f"{PROG} upload disk.raw -g images -n ubuntu -l eastus --os-type Linux",
            ),
            ("List a resource group's sources.", f"{PROG} list -g images -o table"),
        ),
    )

    p = common.command(
        group,
        "upload",
        "upload a disk file and make an image source of it",
        common.examples(
            (
                "Upload a generalized Linux disk as a managed image in East US.",
                f"{PROG} upload ./ubuntu.raw -g images --subscription demo -n ubuntu-2204 "
                "-l eastus --os-type Linux",
            ),
            (
                "Upload a data disk as a snapshot.",
                f"{PROG} upload ./data.raw -g images -n data0 -l eastus --kind Snapshot",
            ),
            (
                "Resume an interrupted upload (its name was printed when it started).",
                f"{PROG} upload ./ubuntu.raw -g images -n ubuntu-2204 -l eastus --os-type Linux "
                "--resume /subscriptions/demo/resourceGroups/images/providers/"
                "Microsoft.Compute/uploads/UPLOAD",
            ),
        ),
        upload,
        description="Upload a disk file (raw bytes; all-zero 4 KiB blocks are skipped), "
        "check it by its sha256, and create an image source of it. A progress bar shows on "
        "a terminal. An interrupted upload resumes with --resume and the upload's name.",
    )
    p.add_argument("file", type=Path, metavar="FILE", help="the disk file")
    common.resource_group_arguments(p)
    p.add_argument("-n", "--name", required=True, help="the image source's name")
    p.add_argument("-l", "--location", required=True, help="the region the source lives in")
    values.enum_argument(
        p,
        "--kind",
        KINDS,
        default=pb.IMAGE_SOURCE_KIND_MANAGED_IMAGE,
        help="what the source is (default ManagedImage)",
    )
    values.enum_argument(
        p, "--os-type", common_pb2.OsType.DESCRIPTOR, help="the operating system on the disk"
    )
    values.enum_argument(
        p,
        "--os-state",
        common_pb2.OsState.DESCRIPTOR,
        help="default Generalized when --os-type is given",
    )
    values.enum_argument(
        p, "--hyper-v-generation", common_pb2.HyperVGeneration.DESCRIPTOR, help="default V1"
    )
    values.tags_argument(p)
    p.add_argument(
        "--resume",
        metavar="UPLOAD",
        help="continue this upload (its resource ID, or the last part of it) from what "
        "the server holds",
    )
    common.finish(p)

    p = common.command(
        group,
        "show",
        "show an image source",
        common.examples(
            ("Show an image source.", f"{PROG} show -g images -n ubuntu-2204"),
            ("Show a snapshot source.", f"{PROG} show -g images -n data0 --kind Snapshot"),
        ),
        show,
    )
    _identify(p)
    common.finish(p)

    p = common.command(
        group,
        "list",
        "list the image sources of a resource group",
        common.examples(("List sources as a table.", f"{PROG} list -g images -o table")),
        list_,
    )
    common.resource_group_arguments(p)
    common.finish(p)

    p = common.command(
        group,
        "delete",
        "delete an image source",
        common.examples(("Delete an image source.", f"{PROG} delete -g images -n ubuntu-2204")),
        delete,
    )
    _identify(p)
    common.if_match_argument(p)
    common.finish(p)


def _identify(parser: argparse.ArgumentParser) -> None:
    common.resource_group_arguments(parser)
    parser.add_argument("-n", "--name", help="the image source's name")
    values.enum_argument(parser, "--kind", KINDS, help="its kind, when names alone are ambiguous")
    common.ids_argument(parser, "image source")


def _all_sources(ctx: Context, parent: str) -> list[pb.ImageSource]:
    request = pb.ListImageSourcesRequest(parent=parent)
    return every_page(ctx.client.sources.ListImageSources, request, "image_sources")


def _source_name(ctx: Context) -> str:
    """--ids; or -g and -n with --kind; or -n alone among the group's sources."""
    a = ctx.args
    if a.ids or a.kind:
        return ctx.named([("name", "-n/--name", COLLECTIONS.get(a.kind, ""))])
    if not a.name or not a.resource_group:
        raise UsageError(
            "the following arguments are required: -g/--resource-group, -n/--name (or --ids)"
        )
    group = ctx.resource_group()
    matches = [
        s for s in _all_sources(ctx, group) if s.name.rsplit("/", 1)[-1].lower() == a.name.lower()
    ]
    if len(matches) > 1:
        kinds = ", ".join(values.enum_label(KINDS, s.kind) for s in matches)
        raise UsageError(f"{a.name} names sources of several kinds ({kinds}): give --kind")
    if not matches:
        # The server's own answer, NOT_FOUND with its details.
        return f"{group}/{common.COMPUTE}/images/{a.name}"
    return matches[0].name


def show(ctx: Context) -> None:
    ctx.show(ctx.client.sources.GetImageSource(pb.GetImageSourceRequest(name=_source_name(ctx))))


def list_(ctx: Context) -> None:
    ctx.show(_all_sources(ctx, ctx.resource_group()))


def delete(ctx: Context) -> None:
    ctx.client.sources.DeleteImageSource(
        pb.DeleteImageSourceRequest(name=_source_name(ctx), etag=ctx.args.if_match or "")
    )


# Upload -------------------------------------------------------------------


def upload(ctx: Context) -> None:
    a = ctx.args
    path: Path = a.file
    try:
        size = path.stat().st_size
    except OSError as error:
        raise CliError(f"cannot read {path}: {error.strerror}") from None
    if not path.is_file():
        raise CliError(f"{path} is not a file")
    group = ctx.resource_group()
    sources = ctx.client.sources
    if a.resume:
        name = (
            a.resume if a.resume.startswith("/") else f"{group}/{common.COMPUTE}/uploads/{a.resume}"
        )
        held = sources.GetUpload(pb.GetUploadRequest(name=name))
        if held.size_bytes != size:
            raise CliError(
                f"{name} was declared with {held.size_bytes} bytes, but {path} has {size}"
            )
    else:
        held = sources.CreateUpload(
            pb.CreateUploadRequest(
                parent=group, upload=pb.Upload(location=a.location, size_bytes=size)
            )
        )
        name = held.name
        print(f"upload {name} (resume with --resume {name})", file=sys.stderr, flush=True)
    if held.state != pb.UPLOAD_STATE_COMMITTED:
        digest = _write(ctx, name, path, size, held.received_bytes)
        # The server reads the whole disk to check it: allow for that.
        sources.CommitUpload(
            pb.CommitUploadRequest(name=name, size_bytes=size, sha256=digest),
            timeout=ctx.settings.timeout + size / (50 << 20),
        )
    os_state = a.os_state or (common_pb2.OS_STATE_GENERALIZED if a.os_type else 0)
    source = pb.ImageSource(
        location=a.location,
        kind=a.kind,
        os_type=values.enum_value(common_pb2.OsType, a.os_type),
        os_state=values.enum_value(common_pb2.OsState, os_state),
        hyper_v_generation=values.enum_value(common_pb2.HyperVGeneration, a.hyper_v_generation),
        os_disk=pb.SourceDisk(upload=name),
    )
    source.tags.update(values.tags(a.tags) or {})
    ctx.show(
        sources.CreateImageSource(
            pb.CreateImageSourceRequest(parent=group, image_source_id=a.name, image_source=source)
        )
    )


def _write(ctx: Context, name: str, path: Path, size: int, received: int) -> str:
    """Streams the file from `received` on, resuming from what the server holds
    if the stream breaks; the file's sha256."""
    sources = ctx.client.sources
    progress = ByteProgress(path.name, size)
    progress.start(received)
    for attempt in range(1, WRITE_ATTEMPTS + 1):
        digest = hashlib.sha256()
        try:
            sources.WriteUpload(_messages(name, path, size, received, digest, progress))
            progress.finish()
            return digest.hexdigest()
        except grpc.RpcError as error:
            code = error.code()
            if not _resumable(error) or attempt == WRITE_ATTEMPTS:
                progress.finish()
                print(f"resume with --resume {name}", file=sys.stderr)
                raise
            time.sleep(0.5 * attempt)
            received = sources.GetUpload(pb.GetUploadRequest(name=name)).received_bytes
            print(
                f"{path.name}: the stream broke ({code.name}); resuming at byte {received}",
                file=sys.stderr,
                flush=True,
            )
    raise AssertionError("unreachable")


def _resumable(error: grpc.RpcError) -> bool:
    """The stream broke, or the server holds other bytes than we thought: ask it
    where to go on from."""
    code = error.code()
    if code == grpc.StatusCode.UNAVAILABLE:
        return True
    if code != grpc.StatusCode.FAILED_PRECONDITION:
        return False
    # from_call's stub wants a grpc.Call; it reads only what every RpcError has.
    status = rpc_status.from_call(error)  # type: ignore[arg-type]
    for detail in status.details if status else []:
        info = error_details_pb2.ErrorInfo()
        if detail.Unpack(info) and info.reason == "ERROR_REASON_UPLOAD_OFFSET_MISMATCH":
            return True
    return False


def _messages(
    name: str, path: Path, size: int, start: int, digest: "hashlib._Hash", progress: ByteProgress
) -> Iterator[pb.WriteUploadRequest]:
    """WriteUpload messages of the file's bytes from `start` on: runs of 4 KiB
    blocks (aligned in the file) holding any non-zero byte, at most 1 MiB each,
    at their offsets; every byte read goes into `digest`. A last empty message
    at the end of the file covers trailing zeros."""
    first = True
    end = start
    with path.open("rb", buffering=0) as file:
        offset = 0
        while offset < size:
            data = file.read(min(CHUNK, size - offset))
            if not data:
                raise CliError(f"{path} shrank while it was being uploaded")
            digest.update(data)
            for run_start, run_end in _data_runs(data, offset, start):
                yield pb.WriteUploadRequest(
                    name=name if first else "",
                    offset=run_start,
                    data=data[run_start - offset : run_end - offset],
                )
                first = False
                end = run_end
            offset += len(data)
            if offset > start:
                progress.update(offset)
    if first or end < size:
        yield pb.WriteUploadRequest(name=name if first else "", offset=size, data=b"")
    progress.update(size)


def _data_runs(data: bytes, offset: int, start: int) -> Iterator[tuple[int, int]]:
    """(start, end) file offsets of the runs of non-zero blocks of `data` (read at
    `offset`) at or after `start`; blocks are aligned to 4 KiB in the file."""
    view = memoryview(data)
    end_of_data = offset + len(data)
    position = max(offset, start)
    run_start: int | None = None
    while position < end_of_data:
        block_end = min((position // BLOCK + 1) * BLOCK, end_of_data)
        block = view[position - offset : block_end - offset]
        zero = block == ZERO_BLOCK[: len(block)]
        if zero and run_start is not None:
            yield run_start, position
            run_start = None
        elif not zero and run_start is None:
            run_start = position
        position = block_end
    if run_start is not None:
        yield run_start, end_of_data
