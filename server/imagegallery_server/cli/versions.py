"""`imagegallery image-version`: create, show, list, update, delete and watch
(az sig image-version)."""

import argparse
import sys
import time
from collections.abc import Callable

import grpc
from google.longrunning import operations_pb2
from google.protobuf.field_mask_pb2 import FieldMask
from imagegallery.v1 import common_pb2
from imagegallery.v1 import image_version_service_pb2 as pb
from imagegallery.v1 import replication_service_pb2 as replication_pb
from imagegallery.v1.replication_service_pb2_grpc import ReplicationServiceStub

from imagegallery_server.cli import common, values
from imagegallery_server.cli.common import Context, every_page
from imagegallery_server.cli.definitions import DEFINITION
from imagegallery_server.cli.errors import CliError, UsageError
from imagegallery_server.cli.progress import RegionProgress

VERSION = [*DEFINITION, ("gallery_image_version", "-e/--gallery-image-version", "versions")]
PROG = "imagegallery image-version"
EXPAND = ("ReplicationStatus",)
COMPLETED = pb.AGGREGATED_REPLICATION_STATE_COMPLETED
FAILED = pb.AGGREGATED_REPLICATION_STATE_FAILED
# Watch streams that end with these are opened again from the last cursor.
RESUMABLE = {
    grpc.StatusCode.UNAVAILABLE,
    grpc.StatusCode.RESOURCE_EXHAUSTED,  # WATCH_TOO_SLOW: resume from the cursor
    grpc.StatusCode.INTERNAL,
    grpc.StatusCode.UNKNOWN,
    grpc.StatusCode.CANCELLED,
    grpc.StatusCode.DEADLINE_EXCEEDED,
}
MAX_WATCH_FAILURES = 20


def add_parser(commands: common.Subparsers) -> None:
    group = common.group(
        commands,
        "image-version",
        help="manage image versions",
        description="Manage image versions: Major.Minor.Patch of an image definition, "
        "made from an image source and replicated to target regions (az sig image-version).",
        epilog=common.examples(
            (
                "Create a version replicated to East US (2 replicas, ZRS) and West US.",
                f"{PROG} create -g images -r myGallery -i ubuntu -e 1.0.0 --source ubuntu-2204 "
                "--target-regions eastus=2=Standard_ZRS westus",
            ),
            (
                "Watch its replication.",
                f"{PROG} watch -g images -r myGallery -i ubuntu -e 1.0.0",
            ),
        ),
    )

    p = common.command(
        group,
        "create",
        "create an image version",
        common.examples(
            (
                "Create a version from a managed image, in its region with one replica.",
                f"{PROG} create -g images --subscription demo -r myGallery -i ubuntu -e 1.0.0 "
                "--source ubuntu-2204",
            ),
            (
                "Replicate to East US (2 replicas on Standard_ZRS), West Europe (Premium_LRS) "
                "and West US (3 replicas).",
                f"{PROG} create -g images -r myGallery -i ubuntu -e 1.1.0 --source ubuntu-2204 "
                "--target-regions eastus=2=Standard_ZRS westeurope=Premium_LRS "
                '"West US=3"',
            ),
            (
                "Make a version from snapshots, kept out of `latest`, and do not wait.",
                f"{PROG} create -g images -r myGallery -i ubuntu -e 2.0.0 --os-snapshot os0 "
                "--data-snapshots data0 data1 --data-snapshot-luns 0 1 "
                "--exclude-from-latest true --no-wait",
            ),
        ),
        create,
        description="Create an image version and wait until it is replicated to every "
        "target region (--no-wait returns the operation at once). The home location of "
        "the source must be among the target regions; the default replica count is 1 and "
        "the default storage account type Standard_LRS.",
    )
    common.resource_group_arguments(p)
    _names(p)
    sources = p.add_argument_group("source (one of --source or --os-snapshot)")
    sources.add_argument(
        "--source",
        "--managed-image",
        "--image-version",
        dest="source",
        metavar="SOURCE",
        help="a managed image or virtual machine source, or an image version (a resource "
        "ID; a bare name is a managed image of -g)",
    )
    sources.add_argument(
        "--os-snapshot",
        metavar="SOURCE",
        help="the OS disk's source: a snapshot, managed disk or VHD source (a bare name is "
        "a snapshot of -g)",
    )
    sources.add_argument(
        "--data-snapshots", nargs="+", metavar="SOURCE", help="data disks' sources"
    )
    sources.add_argument(
        "--data-snapshot-luns",
        nargs="+",
        type=values.positive,
        metavar="LUN",
        help="their LUNs (default 0, 1, ...)",
    )
    p.add_argument("-l", "--location", help="the version's region (default: the source's)")
    _profile(p, create=True)
    _no_wait(p)
    common.finish(p)

    p = common.command(
        group,
        "show",
        "show an image version, or the latest one",
        common.examples(
            ("Show a version.", f"{PROG} show -g images -r myGallery -i ubuntu -e 1.0.0"),
            (
                "Show it with its replication status per region, as a table.",
                f"{PROG} show -g images -r myGallery -i ubuntu -e 1.0.0 --expand "
                "ReplicationStatus -o table",
            ),
            (
                "Show the version `latest` means in West US.",
                f"{PROG} show -g images -r myGallery -i ubuntu --latest --region westus",
            ),
        ),
        show,
    )
    _identify(p)
    _expand(p)
    p.add_argument(
        "--latest",
        action="store_true",
        help="the latest version of the definition (instead of -e)",
    )
    p.add_argument("--region", help="with --latest: the latest version completely replicated there")
    common.finish(p)

    p = common.command(
        group,
        "list",
        "list the versions of an image definition",
        common.examples(
            ("List versions as a table.", f"{PROG} list -g images -r myGallery -i ubuntu -o table"),
        ),
        list_,
    )
    common.resource_group_arguments(p)
    p.add_argument("-r", "--gallery-name", metavar="NAME", help="the gallery")
    p.add_argument("-i", "--gallery-image-definition", metavar="NAME", help="the image definition")
    common.ids_argument(p, "image definition")
    _expand(p)
    common.finish(p)

    p = common.command(
        group,
        "update",
        "change an image version's target regions, replica counts, exclude-from-latest, "
        "end of life, safety flags or tags",
        common.examples(
            (
                "Add West US 2 with 2 replicas.",
                f"{PROG} update -g images -r myGallery -i ubuntu -e 1.0.0 --target-regions "
                "eastus westus2=2",
            ),
            (
                "Keep the version out of `latest`.",
                f"{PROG} update -g images -r myGallery -i ubuntu -e 1.0.0 "
                "--exclude-from-latest true",
            ),
            (
                "Drop a region (which the safety profile must allow).",
                f"{PROG} update -g images -r myGallery -i ubuntu -e 1.0.0 --target-regions "
                "eastus --allow-replicated-location-deletion true",
            ),
        ),
        update,
    )
    _identify(p)
    _profile(p, create=False)
    common.if_match_argument(p)
    _no_wait(p)
    common.finish(p)

    p = common.command(
        group,
        "delete",
        "delete an image version and its replicas",
        common.examples(
            ("Delete a version.", f"{PROG} delete -g images -r myGallery -i ubuntu -e 1.0.0"),
            (
                "Start deleting it and return at once.",
                f"{PROG} delete -g images -r myGallery -i ubuntu -e 1.0.0 --no-wait",
            ),
        ),
        delete,
    )
    _identify(p)
    common.if_match_argument(p)
    _no_wait(p)
    common.finish(p)

    p = common.command(
        group,
        "watch",
        "follow a version's replication live until it completes",
        common.examples(
            (
                "Watch a version replicate.",
                f"{PROG} watch -g images -r myGallery -i ubuntu -e 1.0.0",
            ),
            (
                "Watch, then print the final status per region as a table.",
                f"{PROG} watch --ids /subscriptions/demo/resourceGroups/images/providers/"
                "Microsoft.Compute/galleries/myGallery/images/ubuntu/versions/1.0.0 -o table",
            ),
        ),
        watch,
        description="Show one progress bar per target region (plain lines when stderr is "
        "not a terminal) until the version's replication is Completed, then print its "
        "status. Exits 1 if replication failed or the version was deleted. A stream that "
        "drops is resumed from its last cursor.",
    )
    _identify(p)
    common.finish(p)


def _names(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-r", "--gallery-name", required=True, metavar="NAME", help="the gallery")
    parser.add_argument(
        "-i",
        "--gallery-image-definition",
        required=True,
        metavar="NAME",
        help="the image definition",
    )
    parser.add_argument(
        "-e",
        "--gallery-image-version",
        required=True,
        metavar="VERSION",
        help="Major.Minor.Patch, each part 0 to 2147483647",
    )


def _identify(parser: argparse.ArgumentParser) -> None:
    common.resource_group_arguments(parser)
    parser.add_argument("-r", "--gallery-name", metavar="NAME", help="the gallery")
    parser.add_argument(
        "-i", "--gallery-image-definition", metavar="NAME", help="the image definition"
    )
    parser.add_argument(
        "-e", "--gallery-image-version", metavar="VERSION", help="the version, Major.Minor.Patch"
    )
    common.ids_argument(parser, "image version")


def _expand(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--expand",
        type=_expansion,
        metavar="{ReplicationStatus}",
        help="ReplicationStatus: the replication state of each target region",
    )


def _expansion(text: str) -> str:
    for choice in EXPAND:
        if text.lower() == choice.lower():
            return choice
    raise argparse.ArgumentTypeError(f"invalid choice {text!r} (choose from ReplicationStatus)")


def _no_wait(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--no-wait",
        action="store_true",
        help="do not wait for the operation; print it and return (advised when "
        "replicating to many regions)",
    )


def _profile(parser: argparse.ArgumentParser, create: bool) -> None:
    parser.add_argument(
        "--target-regions",
        nargs="+",
        type=values.target_region,
        metavar="REGION[=COUNT][=SKU]",
        help="space-separated regions, each with an optional replica count and storage "
        'account type: eastus, "East US=2", westus=Standard_ZRS, westus2=2=Premium_LRS'
        + (" (default: the version's own region)" if create else "; replaces the list"),
    )
    parser.add_argument(
        "--replica-count",
        type=values.positive,
        metavar="N",
        help="replicas in each region that names no count (default 1)",
    )
    if create:
        values.enum_argument(
            parser,
            "--storage-account-type",
            common_pb2.StorageAccountType.DESCRIPTOR,
            help="storage of each region that names none (default Standard_LRS)",
        )
    values.boolean_argument(
        parser, "--exclude-from-latest", help="never chosen as `latest` when true"
    )
    parser.add_argument(
        "--end-of-life-date",
        type=values.timestamp,
        metavar="DATE",
        help="2030-12-31 (12:59:59 UTC that day) or 2030-12-31T23:00:00Z",
    )
    values.boolean_argument(
        parser,
        "--allow-replicated-location-deletion",
        help="whether an update may remove target regions",
    )
    values.boolean_argument(
        parser,
        "--block-deletion-before-end-of-life",
        help="whether deletion is refused before the end-of-life date",
    )
    values.tags_argument(parser)


def _target_regions(targets: list[values.TargetRegion]) -> list[pb.TargetRegion]:
    return [
        pb.TargetRegion(
            name=t.name,
            regional_replica_count=t.replica_count or 0,
            storage_account_type=values.enum_value(
                common_pb2.StorageAccountType, t.storage_account_type
            ),
        )
        for t in targets
    ]


def _source(ctx: Context, text: str, collection: str) -> str:
    """A resource ID as given, or a bare name in -g's `collection`."""
    if text.startswith("/"):
        return text
    return f"{ctx.resource_group()}/{common.COMPUTE}/{collection}/{text}"


def _label(name: str) -> str:
    return name.rsplit("/", 1)[-1]


def create(ctx: Context) -> None:
    a = ctx.args
    if not a.source and not a.os_snapshot:
        raise UsageError("give a source: --source (--managed-image) or --os-snapshot")
    luns = a.data_snapshot_luns
    snapshots = a.data_snapshots or []
    if luns is not None and len(luns) != len(snapshots):
        raise UsageError("--data-snapshots and --data-snapshot-luns must be of the same length")
    storage = pb.StorageProfile()
    if a.source:
        storage.source = _source(ctx, a.source, "images")
    if a.os_snapshot:
        storage.os_disk_image.source = _source(ctx, a.os_snapshot, "snapshots")
    for index, snapshot in enumerate(snapshots):
        storage.data_disk_images.add(
            source=_source(ctx, snapshot, "snapshots"),
            lun=luns[index] if luns is not None else index,
        )
    version = pb.ImageVersion(location=a.location or "", storage_profile=storage)
    profile = version.publishing_profile
    profile.target_regions.extend(_target_regions(a.target_regions or []))
    profile.replica_count = a.replica_count or 0
    profile.storage_account_type = values.enum_value(
        common_pb2.StorageAccountType, a.storage_account_type
    )
    profile.exclude_from_latest = bool(a.exclude_from_latest)
    if a.end_of_life_date is not None:
        profile.end_of_life_date.CopyFrom(a.end_of_life_date)
    version.safety_profile.allow_deletion_of_replicated_locations = bool(
        a.allow_replicated_location_deletion
    )
    version.safety_profile.block_deletion_before_end_of_life = bool(
        a.block_deletion_before_end_of_life
    )
    version.tags.update(values.tags(a.tags) or {})
    operation = ctx.client.versions.CreateImageVersion(
        pb.CreateImageVersionRequest(
            parent=ctx.named(DEFINITION),
            image_version_id=a.gallery_image_version,
            image_version=version,
        )
    )
    _finish(ctx, operation, f"creating {a.gallery_image_version}")


def _finish(
    ctx: Context, operation: operations_pb2.Operation, label: str, answers: bool = True
) -> None:
    if ctx.args.no_wait:
        ctx.show(operation)
        return
    done = ctx.wait(operation, label)
    version = pb.ImageVersion()
    if answers and done.response.Unpack(version):
        ctx.show(version)


def _view(ctx: Context) -> pb.ImageVersionView:
    return pb.IMAGE_VERSION_VIEW_FULL if ctx.args.expand else pb.IMAGE_VERSION_VIEW_BASIC


def show(ctx: Context) -> None:
    a = ctx.args
    if a.latest:
        if a.gallery_image_version:
            raise UsageError("give either -e/--gallery-image-version or --latest")
        if a.ids and "/versions/" in a.ids.lower():
            raise UsageError("with --latest, --ids names the image definition")
        version = ctx.client.versions.GetLatestImageVersion(
            pb.GetLatestImageVersionRequest(
                parent=ctx.named(DEFINITION), region=a.region or "", view=_view(ctx)
            )
        )
    else:
        if a.region:
            raise UsageError("--region goes with --latest")
        version = ctx.client.versions.GetImageVersion(
            pb.GetImageVersionRequest(name=ctx.named(VERSION), view=_view(ctx))
        )
    ctx.show(version)


def list_(ctx: Context) -> None:
    parent = ctx.named(DEFINITION)
    ctx.show(
        every_page(
            ctx.client.versions.ListImageVersions,
            pb.ListImageVersionsRequest(parent=parent, view=_view(ctx)),
            "image_versions",
        )
    )


def update(ctx: Context) -> None:
    a = ctx.args
    name = ctx.named(VERSION)
    version = pb.ImageVersion(name=name, etag=a.if_match or "")
    profile = version.publishing_profile
    paths = []
    if a.target_regions is not None:
        profile.target_regions.extend(_target_regions(a.target_regions))
        paths.append("publishing_profile.target_regions")
    if a.replica_count is not None:
        profile.replica_count = a.replica_count
        paths.append("publishing_profile.replica_count")
    if a.exclude_from_latest is not None:
        profile.exclude_from_latest = a.exclude_from_latest
        paths.append("publishing_profile.exclude_from_latest")
    if a.end_of_life_date is not None:
        profile.end_of_life_date.CopyFrom(a.end_of_life_date)
        paths.append("publishing_profile.end_of_life_date")
    safety = (a.allow_replicated_location_deletion, a.block_deletion_before_end_of_life)
    if any(flag is not None for flag in safety):
        # The safety profile changes as a whole: start from the version's.
        current = ctx.client.versions.GetImageVersion(pb.GetImageVersionRequest(name=name))
        version.safety_profile.CopyFrom(current.safety_profile)
        if a.allow_replicated_location_deletion is not None:
            version.safety_profile.allow_deletion_of_replicated_locations = (
                a.allow_replicated_location_deletion
            )
        if a.block_deletion_before_end_of_life is not None:
            version.safety_profile.block_deletion_before_end_of_life = (
                a.block_deletion_before_end_of_life
            )
        paths.append("safety_profile")
    if a.tags is not None:
        version.tags.update(values.tags(a.tags) or {})
        paths.append("tags")
    if not paths:
        raise UsageError(
            "nothing to change: give --target-regions, --replica-count, --exclude-from-latest, "
            "--end-of-life-date, --allow-replicated-location-deletion, "
            "--block-deletion-before-end-of-life or --tags"
        )
    operation = ctx.client.versions.UpdateImageVersion(
        pb.UpdateImageVersionRequest(image_version=version, update_mask=FieldMask(paths=paths))
    )
    _finish(ctx, operation, f"updating {_label(name)}")


def delete(ctx: Context) -> None:
    name = ctx.named(VERSION)
    operation = ctx.client.versions.DeleteImageVersion(
        pb.DeleteImageVersionRequest(name=name, etag=ctx.args.if_match or "")
    )
    _finish(ctx, operation, f"deleting {_label(name)}", answers=False)


# Watch --------------------------------------------------------------------


def watch(ctx: Context) -> None:
    name = ctx.named(VERSION)
    progress = RegionProgress(_label(name))

    def seen(status: replication_pb.VersionReplicationStatus) -> None:
        if status.status.summary:
            progress.update(status.status)

    try:
        final = follow(ctx.client.replication, name, seen, note=progress.note)
    except KeyboardInterrupt:
        progress.note("stopped watching")
        raise
    if final.deleted:
        raise CliError(f"NOT_FOUND: {final.image_version or name} was deleted")
    ctx.show(final)
    if final.status.aggregated_state == FAILED:
        failed = [
            f"{r.region}: {r.details}" if r.details else r.region
            for r in final.status.summary
            if r.state == pb.REPLICATION_STATE_FAILED
        ]
        raise CliError(f"replication of {_label(name)} failed: {'; '.join(failed)}")


def finished(status: replication_pb.VersionReplicationStatus) -> bool:
    return status.deleted or status.status.aggregated_state in (COMPLETED, FAILED)


def follow(
    replication: ReplicationServiceStub,
    name: str,
    on_status: Callable[[replication_pb.VersionReplicationStatus], None],
    note: Callable[[str], None] = lambda text: print(text, file=sys.stderr),
    sleep: Callable[[float], None] | None = None,
) -> replication_pb.VersionReplicationStatus:
    """The version's status once Completed, Failed or deleted: read once, then
    watched from that read's cursor; a stream that breaks is opened again from
    the last cursor received, and one whose cursor expired from a fresh read."""

    def read() -> tuple[replication_pb.VersionReplicationStatus, str]:
        answer = replication.GetReplicationStatus(
            replication_pb.GetReplicationStatusRequest(name=name)
        )
        on_status(answer.replication)
        return answer.replication, answer.cursor

    sleep = sleep or time.sleep
    status, cursor = read()
    failures = 0
    while not finished(status):
        stream = replication.WatchReplicationStatus(
            replication_pb.WatchReplicationStatusRequest(scope=name, start_cursor=cursor)
        )
        try:
            for message in stream:
                failures = 0
                cursor = message.cursor or cursor
                if message.HasField("change"):
                    status = message.change
                    on_status(status)
                    if finished(status):
                        break
            else:
                failures += 1
                if failures > MAX_WATCH_FAILURES:
                    raise CliError(f"UNAVAILABLE: the watch of {name} keeps ending early")
                sleep(min(0.2 * 2 ** min(failures, 5), 5.0))
        except grpc.RpcError as error:
            code = error.code()
            if code == grpc.StatusCode.OUT_OF_RANGE:
                note(f"the watch cursor {cursor} expired; reading the status again")
                status, cursor = read()
                continue
            failures += 1
            if code not in RESUMABLE or failures > MAX_WATCH_FAILURES:
                raise
            note(f"the watch stream broke ({code.name}); resuming from cursor {cursor}")
            sleep(min(0.2 * 2 ** min(failures, 5), 5.0))
        finally:
            stream.cancel()
    return status
