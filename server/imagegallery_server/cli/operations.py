"""`imagegallery operation`: follow any long-running operation by its name
(what `--no-wait` printed): show, wait, list."""

import argparse

from google.longrunning import operations_pb2

from imagegallery_server.cli import common, progress, values
from imagegallery_server.cli.common import Context

PROG = "imagegallery operation"


def add_parser(commands: common.Subparsers) -> None:
    group = common.group(
        commands,
        "operation",
        help="follow long-running operations by name",
        description="Long-running operations (creating, updating, deleting image versions) "
        "by the name a command printed with --no-wait.",
        epilog=common.examples(
            ("Wait for an operation.", f"{PROG} wait --name operations/OPERATION"),
        ),
    )

    p = common.command(
        group,
        "show",
        "show an operation",
        common.examples(("Show an operation.", f"{PROG} show --name operations/OPERATION")),
        show,
    )
    _name(p)
    common.finish(p)

    p = common.command(
        group,
        "wait",
        "wait until an operation is done and print its result",
        common.examples(
            (
                "Wait at most an hour, then print the version it made.",
                f"{PROG} wait --name operations/OPERATION --timeout 3600",
            ),
        ),
        wait,
        description="Follow the operation to its end through the SDK's poller (which "
        "survives server restarts) and print its result: the image version, or nothing "
        "for a delete. A failed operation exits 1 with its error.",
    )
    _name(p)
    p.add_argument(
        "--timeout",
        dest="wait_timeout",
        type=values.seconds,
        metavar="SECONDS",
        help="give up after this long (default: no limit, as an Azure poller)",
    )
    common.finish(p)

    p = common.command(
        group,
        "list",
        "list operations",
        common.examples(("List running operations.", f'{PROG} list --filter "done=false"')),
        list_,
    )
    p.add_argument("--filter", default="", help="the server's operation filter")
    common.finish(p)


def _name(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--name", required=True, help="the operation's name")


def show(ctx: Context) -> None:
    request = operations_pb2.GetOperationRequest(name=ctx.args.name)
    ctx.show(ctx.client.operations.GetOperation(request))


def wait(ctx: Context) -> None:
    name = ctx.args.name
    with progress.operation_bars() as bars:
        poller = ctx.client.poller_from(
            name, lambda metadata: progress.show_operation(bars, name, metadata)
        )
        ctx.show(ctx.follow(poller, ctx.args.wait_timeout))


def list_(ctx: Context) -> None:
    ctx.show(list(ctx.client.list_operations(ctx.args.filter, page_size=1000)))
