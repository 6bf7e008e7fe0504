"""`imagegallery image-version`: create, show, list, update, delete and watch
(az sig image-version)."""

import argparse
import time

from google.protobuf.field_mask_pb2 import FieldMask
from google.protobuf.message import Message
from imagegallery.errors import NotFoundError
from imagegallery.v1 import common_pb2
from imagegallery.v1 import image_version_service_pb2 as pb
from imagegallery.v1 import replication_service_pb2 as replication_pb

from imagegallery_server.cli import common, generic_update, output, progress, values
from imagegallery_server.cli.common import Context
from imagegallery_server.cli.definitions import DEFINITION
from imagegallery_server.cli.errors import CliError, UsageError
from imagegallery_server.cli.updates import changes

VERSION = [*DEFINITION, ("gallery_image_version", "-e/--gallery-image-version", "versions")]
PROG = "imagegallery image-version"
EXPAND = ("ReplicationStatus",)
COMPLETED = pb.AGGREGATED_REPLICATION_STATE_COMPLETED
FAILED = pb.AGGREGATED_REPLICATION_STATE_FAILED
# `image-version wait`'s conditions, as az's: a JMESPath on the version as shown.
SUCCEEDED = "provisioningState=='Succeeded'"


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
                "ReplicationStatus --query replicationStatus.summary -o table",
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
    generic_update.add_arguments(p)
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
                "Microsoft.Compute/galleries/myGallery/images/ubuntu/versions/1.0.0 "
                "--query replicationStatus.summary -o table",
            ),
        ),
        watch,
        description="Show one progress bar per target region (on a terminal) until the "
        "version's replication is Completed or Failed, then print the version with its "
        "replication status. Exits 1 if replication failed or the version was deleted. A "
        "stream that drops is resumed from its last cursor.",
    )
    _identify(p)
    common.finish(p)

    p = common.command(
        group,
        "wait",
        "wait until a condition of an image version is met (as az's wait)",
        common.examples(
            (
                "Wait until a version made with --no-wait is created.",
                f"{PROG} wait -g images -r myGallery -i ubuntu -e 1.0.0 --created",
            ),
            (
                "Wait until it is replicated everywhere.",
                f"{PROG} wait -g images -r myGallery -i ubuntu -e 1.0.0 --custom "
                "\"replicationStatus.aggregatedState=='Completed'\"",
            ),
            (
                "Wait at most 10 minutes for its deletion, reading it every 5 seconds.",
                f"{PROG} wait -g images -r myGallery -i ubuntu -e 1.0.0 --deleted "
                "--timeout 600 --interval 5",
            ),
        ),
        wait,
        description="Read the version every --interval seconds until the condition holds "
        "(exit 0, nothing printed) or --timeout passes (exit 1). Reads that fail because "
        "the server is unreachable are retried by the SDK.",
    )
    _identify(p)
    conditions = p.add_argument_group("condition (one of)").add_mutually_exclusive_group(
        required=True
    )
    conditions.add_argument("--created", action="store_true", help="provisioningState is Succeeded")
    conditions.add_argument(
        "--updated", action="store_true", help="provisioningState is Succeeded (after an update)"
    )
    conditions.add_argument("--deleted", action="store_true", help="the version is gone")
    conditions.add_argument("--exists", action="store_true", help="the version exists")
    conditions.add_argument(
        "--custom",
        metavar="JMESPATH",
        help="a JMESPath query of the version (as shown with --expand ReplicationStatus) "
        "that is true",
    )
    p.add_argument(
        "--timeout",
        dest="wait_timeout",
        type=values.positive,
        default=3600,
        metavar="SECONDS",
        help="give up after this long (default 3600)",
    )
    p.add_argument(
        "--interval",
        type=values.seconds,
        default=30.0,
        metavar="SECONDS",
        help="between reads (default 30)",
    )
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
    parent = ctx.named(DEFINITION)
    name = f"{parent}/versions/{a.gallery_image_version}"
    request = pb.CreateImageVersionRequest(
        parent=parent, image_version_id=a.gallery_image_version, image_version=version
    )
    client = ctx.client
    ctx.show(
        common.create_or_update(
            version,
            name,
            lambda: ctx.operation(
                lambda seen: client.begin_create_image_version(request, progress=seen),
                f"creating {a.gallery_image_version}",
            ),
            lambda existing, mask: _update(ctx, existing, mask),
        )
    )


def _view(ctx: Context) -> pb.ImageVersionView:
    return pb.IMAGE_VERSION_VIEW_FULL if ctx.args.expand else pb.IMAGE_VERSION_VIEW_BASIC


def _get(
    ctx: Context, name: str, view: pb.ImageVersionView = pb.IMAGE_VERSION_VIEW_BASIC
) -> pb.ImageVersion:
    return ctx.client.versions.GetImageVersion(pb.GetImageVersionRequest(name=name, view=view))


def show(ctx: Context) -> None:
    a = ctx.args
    if a.latest:
        if a.gallery_image_version:
            raise UsageError("give either -e/--gallery-image-version or --latest")
        if a.ids and any("/versions/" in i.lower() for i in a.ids):
            raise UsageError("with --latest, --ids names image definitions")
        versions = ctx.client.versions
        ctx.each(
            ctx.names(DEFINITION),
            lambda parent: versions.GetLatestImageVersion(
                pb.GetLatestImageVersionRequest(
                    parent=parent, region=a.region or "", view=_view(ctx)
                )
            ),
        )
        return
    if a.region:
        raise UsageError("--region goes with --latest")
    ctx.each(ctx.names(VERSION), lambda name: _get(ctx, name, _view(ctx)))


def list_(ctx: Context) -> None:
    parent = ctx.named(DEFINITION)
    ctx.show(list(ctx.client.list_image_versions(parent, page_size=1000, view=_view(ctx))))


def update(ctx: Context) -> None:
    ctx.each(ctx.names(VERSION), lambda name: _update(ctx, *_changes(ctx, name)))


def _changes(ctx: Context, name: str) -> tuple[pb.ImageVersion, FieldMask]:
    a = ctx.args
    version = pb.ImageVersion()
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
        version.safety_profile.CopyFrom(_get(ctx, name).safety_profile)
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
    return changes(
        a,
        name,
        version,
        paths,
        lambda n: _get(ctx, n),
        "--target-regions, --replica-count, --exclude-from-latest, --end-of-life-date, "
        "--allow-replicated-location-deletion, --block-deletion-before-end-of-life, --tags",
    )


def _update(ctx: Context, version: pb.ImageVersion, mask: FieldMask) -> Message | None:
    request = pb.UpdateImageVersionRequest(image_version=version, update_mask=mask)
    return ctx.operation(
        lambda seen: ctx.client.begin_update_image_version(request, progress=seen),
        f"updating {_label(version.name)}",
    )


def delete(ctx: Context) -> None:
    def delete_one(name: str) -> Message | None:
        """The operation with --no-wait; else None, once deleted."""
        request = pb.DeleteImageVersionRequest(name=name, etag=ctx.args.if_match or "")
        return ctx.operation(
            lambda seen: ctx.client.begin_delete_image_version(request, progress=seen),
            f"deleting {_label(name)}",
        )

    ctx.each(ctx.names(VERSION), delete_one)


# Watch and wait -----------------------------------------------------------


def finished(status: replication_pb.VersionReplicationStatus) -> bool:
    return status.deleted or status.status.aggregated_state in (COMPLETED, FAILED)


def watch(ctx: Context) -> None:
    """Follows the replication through the SDK's watch (which resumes a broken
    stream from its cursor), then prints the version with its replication status."""
    name = ctx.named(VERSION)
    final = replication_pb.VersionReplicationStatus()
    with progress.region_bars() as bars:
        for message in ctx.client.watch(
            name, send_initial_state=True, on_reconnect=lambda error, _: _reconnecting(ctx, error)
        ):
            if message.HasField("change") and message.change.image_version == name:
                final = message.change
                progress.show_regions(bars, final.status)
                if finished(final):
                    break
    if final.deleted:
        raise CliError(f"NOT_FOUND: {name} was deleted")
    ctx.show(_get(ctx, name, pb.IMAGE_VERSION_VIEW_FULL))
    if final.status.aggregated_state == FAILED:
        failed = [
            f"{r.region}: {r.details}" if r.details else r.region
            for r in final.status.summary
            if r.state == pb.REPLICATION_STATE_FAILED
        ]
        raise CliError(f"replication of {_label(name)} failed: {'; '.join(failed)}")


def _reconnecting(ctx: Context, error: Exception) -> None:
    ctx.warn(f"the watch stream broke ({error}); resuming from its cursor")


def wait(ctx: Context) -> None:
    a = ctx.args
    name = ctx.named(VERSION)
    deadline = time.monotonic() + a.wait_timeout
    with progress.waiting_bars() as bars:
        while True:
            state = _state(ctx, name)
            bars.update(f"waiting for {_label(name)}", 0, None, status=state.label)
            if state.met:
                return
            if time.monotonic() + a.interval > deadline:
                raise CliError(f"timed out after {a.wait_timeout} s: {state.label}")
            time.sleep(a.interval)


class _State:
    def __init__(self, met: bool, label: str) -> None:
        self.met, self.label = met, label


def _state(ctx: Context, name: str) -> _State:
    """Whether the wait's condition holds for the version as read now."""
    a = ctx.args
    try:
        version = _get(ctx, name, pb.IMAGE_VERSION_VIEW_FULL)
    except NotFoundError:
        return _State(a.deleted, "not found")
    shown = output.data_of(version)
    state = shown.get("provisioningState") or "Unknown"
    if a.deleted or a.exists:
        return _State(a.exists, state)
    if a.custom:
        return _State(bool(output.query(shown, a.custom)), state)
    if state == "Failed":
        raise CliError(f"{_label(name)} failed: provisioningState is Failed")
    return _State(bool(output.query(shown, SUCCEEDED)), state)
