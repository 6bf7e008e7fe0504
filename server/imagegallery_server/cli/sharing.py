"""Sharing, as `az sig share` and the shared and community reads of `az sig`,
`az sig image-definition` and `az sig image-version` (list-shared, show-shared,
list-community, show-community): always through the shared names, never the owner's."""

import argparse
from collections.abc import Sequence
from dataclasses import dataclass

from imagegallery.v1 import gallery_sharing_pb2 as sharing_pb
from imagegallery.v1 import shared_gallery_service_pb2 as pb

from imagegallery_server.cli import common
from imagegallery_server.cli.common import COMPUTE, Context, every_page
from imagegallery_server.cli.errors import UsageError

PROG = "imagegallery gallery share"
GROUPS = ["gallery", "image-definition", "image-version"]  # the command groups, by level
OPERATIONS = {
    "add": pb.SHARING_OPERATION_ADD,
    "remove": pb.SHARING_OPERATION_REMOVE,
    "reset": pb.SHARING_OPERATION_RESET,
    "enable-community": pb.SHARING_OPERATION_ENABLE_COMMUNITY,
}


@dataclass(frozen=True)
class Level:
    """Galleries, image definitions or versions, as the shared reads name them."""

    noun: str  # of the RPCs: SharedGallery, SharedGalleryImage, SharedGalleryImageVersion
    plural: str
    field: str  # the list response's
    flags: tuple[tuple[str, str, str], ...]  # (dest, flag, segment) below the gallery


LEVELS = [
    Level("SharedGallery", "SharedGalleries", "shared_galleries", ()),
    Level(
        "SharedGalleryImage",
        "SharedGalleryImages",
        "shared_gallery_images",
        (("gallery_image_definition", "--gallery-image-definition", "images"),),
    ),
    Level(
        "SharedGalleryImageVersion",
        "SharedGalleryImageVersions",
        "shared_gallery_image_versions",
        (
            ("gallery_image_definition", "--gallery-image-definition", "images"),
            ("gallery_image_version", "--gallery-image-version", "versions"),
        ),
    ),
]


def add_share_parsers(gallery: common.Subparsers) -> None:
    share = common.group(
        gallery,
        "share",
        help="share a gallery with subscriptions and tenants, or with the community",
        description="Share a gallery (az sig share); needs Owner on the gallery.",
        epilog=common.examples(
            (
                "Share a gallery with a subscription and a tenant.",
                f"{PROG} add -g images -r myGallery --subscription-ids fabrikam-apps "
                "--tenant-ids fabrikam",
            ),
            ("Publish a community gallery.", f"{PROG} enable-community -g images -r myGallery"),
        ),
    )
    for operation in OPERATIONS:
        groups = " --subscription-ids fabrikam-apps" if operation in ("add", "remove") else ""
        example = common.examples(
            (f"{operation.capitalize()}.", f"{PROG} {operation} -g images -r myGallery{groups}")
        )
        p = common.command(share, operation, f"{operation} (ShareGallery)", example, _share)
        p.set_defaults(operation=OPERATIONS[operation])
        common.resource_group_arguments(p)
        p.add_argument("-r", "--gallery-name", required=True, metavar="NAME")
        if operation in ("add", "remove"):
            p.add_argument("--subscription-ids", nargs="+", default=[], metavar="ID")
            p.add_argument("--tenant-ids", nargs="+", default=[], metavar="ID")
        common.finish(p)


def add_read_parsers(commands: common.Subparsers, level: int) -> None:
    """list-shared, show-shared, list-community and show-community of one level."""
    what = LEVELS[level]
    for kind in ("shared", "community"):
        for verb in ("list", "show"):
            if (level, kind, verb) == (0, "community", "list"):
                continue  # Azure lists no community galleries
            # What names the resource (or, listing, its parent) below the location.
            gallery = "--gallery-unique-name" if kind == "shared" else "--public-gallery-name"
            galleries = [] if (level, verb) == (0, "list") else [gallery]
            flags = what.flags if verb == "show" else what.flags[:-1]
            p = common.command(
                commands,
                f"{verb}-{kind}",
                f"{verb} what a {kind} gallery shows",
                _read_example(f"{GROUPS[level]} {verb}-{kind}", galleries, flags),
                _read,
            )
            p.set_defaults(level=level, kind=kind, verb=verb)
            p.add_argument("-l", "--location", required=True, help="the gallery's region")
            p.add_argument("--subscription", metavar="ID", help="your subscription")
            for flag in galleries:
                p.add_argument(flag, required=True, metavar="NAME", dest="gallery")
            for dest, flag, _ in flags:
                p.add_argument(flag, required=True, dest=dest, metavar="NAME")
            common.finish(p)


def _read_example(command: str, galleries: list[str], flags: Sequence[tuple[str, str, str]]) -> str:
    values = {"images": "ubuntu", "versions": "1.0.0"}
    named = [f"{flag} myGallery" for flag in galleries]
    named += [f"{flag} {values[segment]}" for _, flag, segment in flags]
    return common.examples(
        ("Read it.", f"imagegallery {command} -l eastus {' '.join(named)}".strip())
    )


def _share(ctx: Context) -> None:
    a = ctx.args
    gallery = f"{ctx.resource_group()}/{COMPUTE}/galleries/{a.gallery_name}"
    operation = a.operation
    groups = [
        sharing_pb.SharingProfileGroup(type=kind, ids=ids)
        for kind, ids in (
            (sharing_pb.SHARING_GROUP_TYPE_SUBSCRIPTIONS, getattr(a, "subscription_ids", [])),
            (sharing_pb.SHARING_GROUP_TYPE_AAD_TENANTS, getattr(a, "tenant_ids", [])),
        )
        if ids
    ]
    if operation in (pb.SHARING_OPERATION_ADD, pb.SHARING_OPERATION_REMOVE) and not groups:
        raise UsageError("give --subscription-ids, --tenant-ids or both")
    request = pb.ShareGalleryRequest(gallery=gallery, operation_type=operation, groups=groups)
    ctx.show(ctx.client.shared.ShareGallery(request))


def _read(ctx: Context) -> None:
    a = ctx.args
    what = LEVELS[a.level]
    name = _name(ctx, a)
    shared = ctx.client.shared
    if a.verb == "show":
        get = getattr(pb, f"Get{what.noun}Request")(name=name)
        ctx.show(getattr(shared, f"Get{what.noun}")(get))
        return
    listing = getattr(pb, f"List{what.plural}Request")(parent=name)
    ctx.show(every_page(getattr(shared, f"List{what.plural}"), listing, what.field))


def _name(ctx: Context, a: argparse.Namespace) -> str:
    """The shared name (or, listing, its parent) the flags spell."""
    if a.kind == "community":
        name = f"/communityGalleries/{a.gallery}"
    else:
        subscription = ctx.settings.subscription
        if not subscription:
            raise UsageError("the shared reads need your subscription: give --subscription")
        name = f"/subscriptions/{subscription}/{COMPUTE}/locations/{a.location}"
        if getattr(a, "gallery", None):
            name += f"/sharedGalleries/{a.gallery}"
    for dest, _, segment in LEVELS[a.level].flags:
        if getattr(a, dest, None):
            name += f"/{segment}/{getattr(a, dest)}"
    return name
