"""`imagegallery source`: upload a disk file as an image source; show, list,
delete sources."""

import argparse
from pathlib import Path

from imagegallery.v1 import common_pb2
from imagegallery.v1 import image_source_service_pb2 as pb

from imagegallery_server.cli import common, progress, values
from imagegallery_server.cli.common import Context, every_page
from imagegallery_server.cli.errors import CliError, UsageError

PROG = "imagegallery source"
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
        description="Upload a disk file (raw bytes; chunks of zeros are skipped) through "
        "the SDK, check it by its sha256, and create an image source of it. A progress bar "
        "shows on a terminal; a broken stream is resumed from what the server holds, and an "
        "interrupted upload goes on with --resume and the upload's name.",
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
    if not path.is_file():
        raise CliError(f"{path} is not a file")
    group = ctx.resource_group()
    resume = a.resume or ""
    if resume and not resume.startswith("/"):
        resume = f"{group}/{common.COMPUTE}/uploads/{resume}"
    started: list[str] = []

    def seen(name: str, done: int, size: int) -> None:
        if not started:
            started.append(name)
            ctx.note(f"uploading to {name} (resume with --resume {name})")
        bars.update(path.name, done, size)

    with progress.upload_bars() as bars:
        try:
            held = ctx.client.upload(group, a.location, path, resume=resume, progress=seen)
        except ValueError as error:  # a resumed upload of another size
            raise CliError(str(error)) from None
        except OSError as error:
            raise CliError(f"cannot read {path}: {error.strerror or error}") from None
    os_state = a.os_state or (common_pb2.OS_STATE_GENERALIZED if a.os_type else 0)
    source = pb.ImageSource(
        location=a.location,
        kind=a.kind,
        os_type=values.enum_value(common_pb2.OsType, a.os_type),
        os_state=values.enum_value(common_pb2.OsState, os_state),
        hyper_v_generation=values.enum_value(common_pb2.HyperVGeneration, a.hyper_v_generation),
        os_disk=pb.SourceDisk(upload=held.name),
    )
    source.tags.update(values.tags(a.tags) or {})
    ctx.show(
        ctx.client.sources.CreateImageSource(
            pb.CreateImageSourceRequest(parent=group, image_source_id=a.name, image_source=source)
        )
    )
