"""`imagegallery gallery`: create, show, list, update, delete (az sig)."""

import argparse

from google.protobuf.field_mask_pb2 import FieldMask
from imagegallery.v1 import gallery_service_pb2 as pb

from imagegallery_server.cli import common, generic_update, values
from imagegallery_server.cli.common import Context, every_page
from imagegallery_server.cli.errors import UsageError
from imagegallery_server.cli.updates import changes

GALLERY = [("gallery_name", "-r/--gallery-name", "galleries")]
PROG = "imagegallery gallery"


def add_parser(commands: common.Subparsers) -> None:
    group = common.group(
        commands,
        "gallery",
        help="manage galleries",
        description="Manage galleries: repositories of image definitions (az sig).",
        epilog=common.examples(
            (
                "Create a gallery.",
                f"{PROG} create -g images --subscription demo -r myGallery -l eastus",
            ),
            (
                "List the galleries of a resource group as a table.",
                f"{PROG} list -g images -o table",
            ),
        ),
    )

    p = common.command(
        group,
        "create",
        "create a gallery",
        common.examples(
            (
                "Create a gallery in East US.",
                f"{PROG} create -g images --subscription demo -r myGallery -l eastus "
                '--description "Golden images"',
            ),
            (
                "Create a gallery with tags.",
                f"{PROG} create -g images -r myGallery -l westus --tags team=platform env=prod",
            ),
        ),
        create,
    )
    common.resource_group_arguments(p)
    _name(p, required=True)
    p.add_argument("-l", "--location", required=True, help='the region: "eastus" or "East US"')
    p.add_argument("--description", help="free text")
    values.tags_argument(p)
    common.finish(p)

    p = common.command(
        group,
        "show",
        "show a gallery",
        common.examples(
            ("Show a gallery.", f"{PROG} show -g images -r myGallery"),
            (
                "Show a gallery by its ID, as YAML.",
                f"{PROG} show --ids /subscriptions/demo/resourceGroups/images/providers/"
                "Microsoft.Compute/galleries/myGallery -o yaml",
            ),
        ),
        show,
    )
    _identify(p)
    common.finish(p)

    p = common.command(
        group,
        "list",
        "list galleries",
        common.examples(
            ("List the galleries of a resource group.", f"{PROG} list -g images"),
            ("List the galleries of a subscription.", f"{PROG} list --subscription demo -o table"),
            ("List the galleries of every subscription.", f"{PROG} list --all"),
        ),
        list_,
        description="List the galleries of a resource group (-g), of a subscription "
        "(--subscription alone), or of every subscription (--all).",
    )
    common.resource_group_arguments(p)
    p.add_argument("--all", action="store_true", help="every subscription's galleries")
    common.finish(p)

    p = common.command(
        group,
        "update",
        "change a gallery's description or tags",
        common.examples(
            (
                "Change the description.",
                f'{PROG} update -g images -r myGallery --description "Gold"',
            ),
            ("Replace the tags.", f"{PROG} update -g images -r myGallery --tags env=test"),
            ("Clear the tags.", f'{PROG} update -g images -r myGallery --tags ""'),
            ("Set one tag, as az.", f"{PROG} update -g images -r myGallery --set tags.env=prod"),
        ),
        update,
    )
    _identify(p)
    p.add_argument("--description", help="free text")
    values.tags_argument(p)
    common.if_match_argument(p)
    generic_update.add_arguments(p)
    common.finish(p)

    p = common.command(
        group,
        "delete",
        "delete a gallery",
        common.examples(
            ("Delete an empty gallery.", f"{PROG} delete -g images -r myGallery"),
            (
                "Delete a gallery with its image definitions.",
                f"{PROG} delete -g images -r myGallery --force",
            ),
        ),
        delete,
    )
    _identify(p)
    p.add_argument(
        "--force", action="store_true", help="delete its image definitions and versions too"
    )
    common.if_match_argument(p)
    common.finish(p)


def _name(parser: argparse.ArgumentParser, required: bool = False) -> None:
    parser.add_argument(
        "-r", "--gallery-name", required=required, metavar="NAME", help="the gallery's name"
    )


def _identify(parser: argparse.ArgumentParser) -> None:
    common.resource_group_arguments(parser)
    _name(parser)
    common.ids_argument(parser, "gallery")


def create(ctx: Context) -> None:
    a = ctx.args
    gallery = pb.Gallery(location=a.location, description=a.description or "")
    gallery.tags.update(values.tags(a.tags) or {})
    parent = ctx.resource_group()
    name = f"{parent}/{common.COMPUTE}/galleries/{a.gallery_name}"
    galleries = ctx.client.galleries
    ctx.show(
        common.create_or_update(
            gallery,
            name,
            lambda: galleries.CreateGallery(
                pb.CreateGalleryRequest(parent=parent, gallery_id=a.gallery_name, gallery=gallery)
            ),
            lambda existing, mask: _update(ctx, existing, mask),
        )
    )


def show(ctx: Context) -> None:
    ctx.each(ctx.names(GALLERY), lambda name: _get(ctx, name))


def list_(ctx: Context) -> None:
    a = ctx.args
    if a.all:
        if a.resource_group:
            raise UsageError("give either --all or -g/--resource-group")
        parent = "/subscriptions/-"
    elif a.resource_group:
        parent = ctx.resource_group()
    elif ctx.settings.subscription:
        parent = f"/subscriptions/{ctx.settings.subscription}"
    else:
        raise UsageError("give -g/--resource-group, --subscription or --all")
    ctx.show(
        every_page(
            ctx.client.galleries.ListGalleries, pb.ListGalleriesRequest(parent=parent), "galleries"
        )
    )


def update(ctx: Context) -> None:
    ctx.each(ctx.names(GALLERY), lambda name: _update(ctx, *_changes(ctx, name)))


def _changes(ctx: Context, name: str) -> tuple[pb.Gallery, FieldMask]:
    a = ctx.args
    gallery = pb.Gallery(description=a.description or "")
    paths = ["description"] if a.description is not None else []
    if a.tags is not None:
        gallery.tags.update(values.tags(a.tags) or {})
        paths.append("tags")
    return changes(a, name, gallery, paths, lambda n: _get(ctx, n), "--description, --tags")


def _get(ctx: Context, name: str) -> pb.Gallery:
    return ctx.client.galleries.GetGallery(pb.GetGalleryRequest(name=name))


def _update(ctx: Context, gallery: pb.Gallery, mask: FieldMask) -> pb.Gallery:
    return ctx.client.galleries.UpdateGallery(
        pb.UpdateGalleryRequest(gallery=gallery, update_mask=mask)
    )


def delete(ctx: Context) -> None:
    a = ctx.args
    galleries = ctx.client.galleries

    def delete_one(name: str) -> None:
        galleries.DeleteGallery(
            pb.DeleteGalleryRequest(name=name, etag=a.if_match or "", force=a.force)
        )

    ctx.each(ctx.names(GALLERY), delete_one)
