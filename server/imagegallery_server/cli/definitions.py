"""`imagegallery image-definition`: create, show, list, update, delete
(az sig image-definition)."""

import argparse

from google.protobuf.field_mask_pb2 import FieldMask
from imagegallery.v1 import common_pb2
from imagegallery.v1 import image_definition_service_pb2 as pb

from imagegallery_server.cli import common, generic_update, values
from imagegallery_server.cli.common import Context, every_page
from imagegallery_server.cli.updates import changes

GALLERY = [("gallery_name", "-r/--gallery-name", "galleries")]
DEFINITION = [*GALLERY, ("gallery_image_definition", "-i/--gallery-image-definition", "images")]
PROG = "imagegallery image-definition"
RANGE_FLAGS = {
    "minimum_cpu_core": ("v_cpus", "min"),
    "maximum_cpu_core": ("v_cpus", "max"),
    "minimum_memory": ("memory", "min"),
    "maximum_memory": ("memory", "max"),
}


def add_parser(commands: common.Subparsers) -> None:
    group = common.group(
        commands,
        "image-definition",
        help="manage image definitions",
        description="Manage image definitions: the kinds of image a gallery holds "
        "(az sig image-definition).",
        epilog=common.examples(
            (
                "Create a Linux image definition.",
                f"{PROG} create -g images -r myGallery -i ubuntu -p Contoso -f Ubuntu -s 22_04 "
                "--os-type Linux",
            ),
            ("List a gallery's image definitions.", f"{PROG} list -g images -r myGallery"),
        ),
    )

    p = common.command(
        group,
        "create",
        "create an image definition",
        common.examples(
            (
                "Create a generalized Linux image definition.",
                f"{PROG} create -g images --subscription demo -r myGallery -i ubuntu "
                "-p Contoso -f Ubuntu -s 22_04 --os-type Linux",
            ),
            (
                "Create a Windows image definition for 2 to 8 vCPUs, with an end of life.",
                f"{PROG} create -g images -r myGallery -i win2022 -p Contoso -f Windows "
                "-s 2022 --os-type Windows --hyper-v-generation V2 --minimum-cpu-core 2 "
                "--maximum-cpu-core 8 --end-of-life-date 2030-12-31",
            ),
        ),
        create,
    )
    common.resource_group_arguments(p)
    p.add_argument("-r", "--gallery-name", required=True, metavar="NAME", help="the gallery")
    p.add_argument(
        "-i",
        "--gallery-image-definition",
        required=True,
        metavar="NAME",
        help="the image definition's name",
    )
    p.add_argument("-p", "--publisher", required=True, help="the image publisher")
    p.add_argument("-f", "--offer", required=True, help="the image offer")
    p.add_argument("-s", "--sku", required=True, help="the image SKU")
    values.enum_argument(
        p, "--os-type", common_pb2.OsType.DESCRIPTOR, required=True, help="the operating system"
    )
    values.enum_argument(
        p,
        "--os-state",
        common_pb2.OsState.DESCRIPTOR,
        default=common_pb2.OS_STATE_GENERALIZED,
        help="default Generalized",
    )
    values.enum_argument(
        p, "--hyper-v-generation", common_pb2.HyperVGeneration.DESCRIPTOR, help="default V1"
    )
    values.enum_argument(
        p, "--architecture", common_pb2.Architecture.DESCRIPTOR, help="default x64"
    )
    p.add_argument("-l", "--location", help="the gallery's region (the default)")
    p.add_argument("--description", help="free text")
    p.add_argument("--eula", help="the end-user license agreement")
    p.add_argument("--privacy-statement-uri", metavar="URI")
    p.add_argument("--release-note-uri", metavar="URI")
    _changeable(p)
    p.add_argument(
        "--disallowed-disk-types",
        nargs="+",
        type=values.EnumType(common_pb2.DiskType.DESCRIPTOR),
        metavar="TYPE",
        help="disk types VMs of the image may not use: "
        + ", ".join(values.enum_labels(common_pb2.DiskType.DESCRIPTOR)),
    )
    p.add_argument("--plan-name", help="the marketplace purchase plan's name")
    p.add_argument("--plan-publisher", help="the plan's publisher")
    p.add_argument("--plan-product", help="the plan's product")
    common.finish(p)

    p = common.command(
        group,
        "show",
        "show an image definition",
        common.examples(
            ("Show an image definition.", f"{PROG} show -g images -r myGallery -i ubuntu"),
            ("Show it as a table.", f"{PROG} show -g images -r myGallery -i ubuntu -o table"),
        ),
        show,
    )
    _identify(p)
    common.finish(p)

    p = common.command(
        group,
        "list",
        "list the image definitions of a gallery",
        common.examples(
            ("List a gallery's image definitions.", f"{PROG} list -g images -r myGallery"),
        ),
        list_,
    )
    common.resource_group_arguments(p)
    p.add_argument("-r", "--gallery-name", metavar="NAME", help="the gallery")
    common.ids_argument(p, "gallery")
    common.finish(p)

    p = common.command(
        group,
        "update",
        "change an image definition's description, end of life, recommended vCPUs "
        "and memory, or tags",
        common.examples(
            (
                "Set the end of life (a date alone means 12:59:59 UTC that day).",
                f"{PROG} update -g images -r myGallery -i ubuntu --end-of-life-date 2031-01-31",
            ),
            (
                "Recommend 2 to 16 vCPUs.",
                f"{PROG} update -g images -r myGallery -i ubuntu --minimum-cpu-core 2 "
                "--maximum-cpu-core 16",
            ),
        ),
        update,
    )
    _identify(p)
    p.add_argument("--description", help="free text")
    _changeable(p)
    common.if_match_argument(p)
    generic_update.add_arguments(p)
    common.finish(p)

    p = common.command(
        group,
        "delete",
        "delete an image definition",
        common.examples(
            ("Delete an image definition.", f"{PROG} delete -g images -r myGallery -i ubuntu"),
            (
                "Delete it with its image versions.",
                f"{PROG} delete -g images -r myGallery -i ubuntu --force",
            ),
        ),
        delete,
    )
    _identify(p)
    p.add_argument("--force", action="store_true", help="delete its image versions too")
    common.if_match_argument(p)
    common.finish(p)


def _identify(parser: argparse.ArgumentParser) -> None:
    common.resource_group_arguments(parser)
    parser.add_argument("-r", "--gallery-name", metavar="NAME", help="the gallery")
    parser.add_argument(
        "-i", "--gallery-image-definition", metavar="NAME", help="the image definition"
    )
    common.ids_argument(parser, "image definition")


def _changeable(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--end-of-life-date",
        type=values.timestamp,
        metavar="DATE",
        help="2030-12-31 (12:59:59 UTC that day) or 2030-12-31T23:00:00Z",
    )
    parser.add_argument("--minimum-cpu-core", type=values.positive, metavar="N")
    parser.add_argument("--maximum-cpu-core", type=values.positive, metavar="N")
    parser.add_argument("--minimum-memory", type=values.positive, metavar="GiB")
    parser.add_argument("--maximum-memory", type=values.positive, metavar="GiB")
    values.tags_argument(parser)


def _recommended(args: argparse.Namespace, into: pb.RecommendedMachineConfiguration) -> bool:
    """Sets the recommended ranges given; whether any was."""
    given = False
    for dest, (field, bound) in RANGE_FLAGS.items():
        value = getattr(args, dest)
        if value is not None:
            setattr(getattr(into, field), bound, value)
            given = True
    return given


def create(ctx: Context) -> None:
    a = ctx.args
    definition = pb.ImageDefinition(
        location=a.location or "",
        os_type=a.os_type,
        os_state=a.os_state,
        hyper_v_generation=values.enum_value(common_pb2.HyperVGeneration, a.hyper_v_generation),
        architecture=values.enum_value(common_pb2.Architecture, a.architecture),
        identifier=pb.ImageIdentifier(publisher=a.publisher, offer=a.offer, sku=a.sku),
        description=a.description or "",
        eula=a.eula or "",
        privacy_statement_uri=a.privacy_statement_uri or "",
        release_note_uri=a.release_note_uri or "",
        disallowed_disk_types=a.disallowed_disk_types or [],
    )
    if a.end_of_life_date is not None:
        definition.end_of_life_date.CopyFrom(a.end_of_life_date)
    _recommended(a, definition.recommended)
    if a.plan_name or a.plan_publisher or a.plan_product:
        definition.purchase_plan.CopyFrom(
            pb.ImagePurchasePlan(
                name=a.plan_name or "",
                publisher=a.plan_publisher or "",
                product=a.plan_product or "",
            )
        )
    definition.tags.update(values.tags(a.tags) or {})
    parent = ctx.named(GALLERY)
    name = f"{parent}/images/{a.gallery_image_definition}"
    definitions = ctx.client.definitions
    ctx.show(
        common.create_or_update(
            definition,
            name,
            lambda: definitions.CreateImageDefinition(
                pb.CreateImageDefinitionRequest(
                    parent=parent,
                    image_definition_id=a.gallery_image_definition,
                    image_definition=definition,
                )
            ),
            lambda existing, mask: _update(ctx, existing, mask),
        )
    )


def _get(ctx: Context, name: str) -> pb.ImageDefinition:
    return ctx.client.definitions.GetImageDefinition(pb.GetImageDefinitionRequest(name=name))


def show(ctx: Context) -> None:
    ctx.each(ctx.names(DEFINITION), lambda name: _get(ctx, name))


def list_(ctx: Context) -> None:
    parent = ctx.named(GALLERY)
    ctx.show(
        every_page(
            ctx.client.definitions.ListImageDefinitions,
            pb.ListImageDefinitionsRequest(parent=parent),
            "image_definitions",
        )
    )


def update(ctx: Context) -> None:
    ctx.each(ctx.names(DEFINITION), lambda name: _update(ctx, *_changes(ctx, name)))


def _changes(ctx: Context, name: str) -> tuple[pb.ImageDefinition, FieldMask]:
    a = ctx.args
    definition = pb.ImageDefinition(description=a.description or "")
    paths = ["description"] if a.description is not None else []
    if a.end_of_life_date is not None:
        definition.end_of_life_date.CopyFrom(a.end_of_life_date)
        paths.append("end_of_life_date")
    if any(getattr(a, dest) is not None for dest in RANGE_FLAGS):
        # The ranges change as a whole: start from the ones the definition has.
        definition.recommended.CopyFrom(_get(ctx, name).recommended)
        _recommended(a, definition.recommended)
        paths.append("recommended")
    if a.tags is not None:
        definition.tags.update(values.tags(a.tags) or {})
        paths.append("tags")
    return changes(
        a,
        name,
        definition,
        paths,
        lambda n: _get(ctx, n),
        "--description, --end-of-life-date, --minimum/maximum-cpu-core, "
        "--minimum/maximum-memory, --tags",
    )


def _update(ctx: Context, definition: pb.ImageDefinition, mask: FieldMask) -> pb.ImageDefinition:
    return ctx.client.definitions.UpdateImageDefinition(
        pb.UpdateImageDefinitionRequest(image_definition=definition, update_mask=mask)
    )


def delete(ctx: Context) -> None:
    a = ctx.args
    definitions = ctx.client.definitions

    def delete_one(name: str) -> None:
        definitions.DeleteImageDefinition(
            pb.DeleteImageDefinitionRequest(name=name, etag=a.if_match or "", force=a.force)
        )

    ctx.each(ctx.names(DEFINITION), delete_one)
