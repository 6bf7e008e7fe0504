"""What every client command shares: its parser (connection, output and
logging flags, examples in the epilog), the resource names it builds from
-g/-r/-i/-e or --ids, its output, and following long-running operations.
Every call goes through the Python SDK's client."""

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from google.protobuf.field_mask_pb2 import FieldMask
from google.protobuf.message import Message
from imagegallery.client import Client, LROPoller, Progress
from imagegallery.errors import AlreadyExistsError
from imagegallery.lro import ItemPaged
from imagegallery.v1 import error_reason_pb2

from imagegallery_server.cli import connection, output, progress
from imagegallery_server.cli.errors import UsageError

COMPUTE = "providers/Microsoft.Compute"
RESOURCE_ALREADY_EXISTS = error_reason_pb2.ErrorReason.Name(
    error_reason_pb2.ERROR_REASON_RESOURCE_ALREADY_EXISTS
)

Subparsers = argparse._SubParsersAction
Resource = TypeVar("Resource", bound=Message)
log = logging.getLogger("imagegallery.cli")


class Context:
    """One invocation: its flags, its settings, the SDK's client made on first use."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.settings = connection.settings(args)
        self._client: Client | None = None

    @property
    def client(self) -> Client:
        if self._client is None:
            self._client = connection.client(self.settings)
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()

    def show(self, result: Message | Sequence[Message] | None) -> None:
        """Prints the result as az would: shaped, queried, formatted."""
        data = output.query(output.data_of(result), self.args.query)
        sys.stdout.write(output.render(data, self.args.output))
        sys.stdout.flush()

    def warn(self, text: str) -> None:
        self.note(f"WARNING: {text}")

    def note(self, text: str) -> None:
        """A line for people on stderr, left out with --only-show-errors."""
        if not self.args.only_show_errors:
            print(text, file=sys.stderr, flush=True)

    # Resource names -------------------------------------------------------

    def resource_group(self) -> str:
        group = self.args.resource_group
        if not group:
            raise UsageError("the following arguments are required: -g/--resource-group")
        if group.lower().startswith("/subscriptions/"):
            return group.rstrip("/")
        subscription = self.settings.subscription
        if not subscription:
            raise UsageError(
                "-g/--resource-group needs a subscription: give --subscription, set "
                f"{connection.ENV_SUBSCRIPTION}, put `subscription` in the profile, or give "
                "-g as /subscriptions/SUB/resourceGroups/GROUP"
            )
        return f"/subscriptions/{subscription}/resourceGroups/{group}"

    def names(self, levels: Sequence[tuple[str, str, str]]) -> list[str]:
        """The resource IDs of --ids (one or more), or the one from -g and each
        (dest, flags, segment) of `levels`: e.g. ("gallery_name", "-r/--gallery-name",
        "galleries")."""
        ids = getattr(self.args, "ids", None)
        given = [flags for dest, flags, _ in levels if getattr(self.args, dest, None)]
        if ids:
            if given or self.args.resource_group:
                raise UsageError("give either --ids or the resource's name flags, not both")
            return list(ids)
        missing = [flags for dest, flags, _ in levels if not getattr(self.args, dest, None)]
        if not self.args.resource_group:
            missing.insert(0, "-g/--resource-group")
        if missing:
            raise UsageError(
                f"the following arguments are required: {', '.join(missing)} (or --ids)"
            )
        name = f"{self.resource_group()}/{COMPUTE}"
        for dest, _, segment in levels:
            name += f"/{segment}/{getattr(self.args, dest)}"
        return [name]

    def named(self, levels: Sequence[tuple[str, str, str]]) -> str:
        """The one resource ID of --ids or the name flags."""
        names = self.names(levels)
        if len(names) > 1:
            raise UsageError("--ids takes one ID here")
        return names[0]

    def each(self, names: list[str], act: Callable[[str], Message | None]) -> None:
        """Acts on each resource of --ids in turn; prints one answer, or a list of them."""
        results = [act(name) for name in names]
        shown = [r for r in results if r is not None]
        self.show(shown[0] if len(names) == 1 and shown else shown or None)

    # Operations -----------------------------------------------------------

    def operation(self, begin: Callable[[Progress], LROPoller], label: str) -> Message | None:
        """Starts a long-running operation and, unless --no-wait, follows it to its
        end with a progress bar; its result (its Operation, with --no-wait)."""
        with progress.operation_bars() as bars:
            poller = begin(lambda metadata: progress.show_operation(bars, label, metadata))
            if getattr(self.args, "no_wait", False):
                return poller.operation
            return self.follow(poller)

    def follow(self, poller: LROPoller, timeout: float | None = None) -> Message | None:
        try:
            return poller.result(timeout)
        except KeyboardInterrupt:
            print(
                f"stopped waiting; {poller.operation_name} goes on (follow it with "
                f"`imagegallery operation wait --name {poller.operation_name}`)",
                file=sys.stderr,
            )
            raise


def create_or_update(
    resource: Resource,
    name: str,
    create: Callable[[], Any],
    update: Callable[[Resource, FieldMask], Any],
) -> Any:
    """az's create is a PUT: it makes the resource, or when `name` exists, sets the
    fields given (`resource`'s set fields) on it. The same values leave it as it
    is; an immutable field that differs is refused by the server, naming it."""
    try:
        return create()
    except AlreadyExistsError as error:
        if error.reason != RESOURCE_ALREADY_EXISTS:
            raise
        log.info("%s exists: setting the values given on it", name)
    existing = type(resource)()
    existing.CopyFrom(resource)
    existing.name = name  # type: ignore[attr-defined]  # every resource has one
    return update(existing, FieldMask(paths=given_paths(resource)))


def given_paths(message: Message, prefix: str = "") -> list[str]:
    """The paths of the fields set in `message`, down to scalars, lists, maps and
    well-known types (a Timestamp), so that a field left out is not compared."""
    paths = []
    for field, value in message.ListFields():
        path = prefix + field.name
        kind = field.message_type
        if kind and not field.is_repeated and not kind.full_name.startswith("google.protobuf."):
            paths += given_paths(value, path + ".")
        else:
            paths.append(path)
    return paths


def every_page(list_page: Callable[[Any], Any], request: Any, field: str) -> list[Any]:
    """Every item of a List call, through the SDK's pager."""
    return list(ItemPaged(list_page, request, field))


# Parsers ------------------------------------------------------------------


class Formatter(argparse.HelpFormatter):
    """Descriptions wrapped; examples kept as written."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=34)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if text.startswith("example"):
            return "".join(indent + line for line in text.splitlines(keepends=True))
        return super()._fill_text(text, width, indent)


def examples(*pairs: tuple[str, str]) -> str:
    lines = ["examples:"]
    for what, command in pairs:
        lines += [f"  {what}", f"    {command}", ""]
    return "\n".join(lines).rstrip()


def group(commands: Subparsers, name: str, help: str, description: str, epilog: str) -> Subparsers:
    parser = commands.add_parser(
        name, help=help, description=description, epilog=epilog, formatter_class=Formatter
    )
    return parser.add_subparsers(dest="subcommand", required=True, metavar="COMMAND")


def command(
    commands: Subparsers,
    name: str,
    help: str,
    epilog: str,
    run: Callable[[Context], Any],
    description: str | None = None,
) -> argparse.ArgumentParser:
    """A client command; its connection and output flags come last in its help."""
    parser = commands.add_parser(
        name,
        help=help,
        description=description or help[0].upper() + help[1:] + ".",
        epilog=epilog,
        formatter_class=Formatter,
    )
    parser.set_defaults(run=run, parser=parser)
    return parser


def finish(parser: argparse.ArgumentParser) -> None:
    """Adds the flags every client command has, as az's global arguments."""
    out = parser.add_argument_group("global arguments (as az)")
    out.add_argument(
        "-o",
        "--output",
        choices=output.FORMATS,
        default="json",
        help="json (default), jsonc, table, tsv, yaml or none",
    )
    out.add_argument("--query", metavar="JMESPATH", help="a JMESPath query of the answer, as az's")
    out.add_argument(
        "--only-show-errors", action="store_true", help="no warnings on stderr, only errors"
    )
    out.add_argument(
        "--verbose", action="store_true", help="say what is done (retries, create or update)"
    )
    out.add_argument(
        "--debug", action="store_true", help="log every call, with its request id, on stderr"
    )
    connection.add_arguments(parser)


def resource_group_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-g",
        "--resource-group",
        metavar="GROUP",
        help="the resource group (or /subscriptions/SUB/resourceGroups/GROUP)",
    )
    parser.add_argument(
        "--subscription",
        metavar="ID",
        help=f"the subscription of -g (env {connection.ENV_SUBSCRIPTION}, "
        "or `subscription` in the profile)",
    )


def ids_argument(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--ids",
        nargs="+",
        metavar="ID",
        help=f"one or more {what} resource IDs (space-separated), instead of the name flags",
    )


def if_match_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--if-match", metavar="ETAG", help="act only if the resource's etag is still this one"
    )
