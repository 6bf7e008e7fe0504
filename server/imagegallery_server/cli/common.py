"""What every client command shares: its parser (connection and output flags,
examples in the epilog), the resource names it builds from -g/-r/-i/-e or
--ids, its output, and waiting on long-running operations."""

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import Any

from google.longrunning import operations_pb2
from google.protobuf.duration_pb2 import Duration
from google.protobuf.message import Message
from imagegallery.v1 import operation_metadata_pb2

from imagegallery_server.cli import connection, output
from imagegallery_server.cli.errors import CliError, UsageError
from imagegallery_server.cli.progress import OperationProgress

COMPUTE = "providers/Microsoft.Compute"
POLL_SECONDS = 0.5

Subparsers = argparse._SubParsersAction


class Context:
    """One invocation: its flags, its settings, a client made on first use."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.settings = connection.settings(args)
        self._client: connection.Client | None = None

    @property
    def client(self) -> connection.Client:
        if self._client is None:
            self._client = connection.Client(self.settings)
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()

    def show(self, result: Message | Sequence[Message]) -> None:
        text = output.render(result, self.args.output)
        sys.stdout.write(text)
        sys.stdout.flush()

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

    def named(self, levels: Sequence[tuple[str, str, str]]) -> str:
        """The resource ID from --ids, or from -g and each (dest, flags, segment)
        of `levels`: e.g. ("gallery_name", "-r/--gallery-name", "galleries")."""
        ids = getattr(self.args, "ids", None)
        given = [flags for dest, flags, _ in levels if getattr(self.args, dest, None)]
        if ids:
            if given or self.args.resource_group:
                raise UsageError("give either --ids or the resource's name flags, not both")
            return ids
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
        return name

    # Operations -----------------------------------------------------------

    def wait(self, operation: operations_pb2.Operation, label: str) -> operations_pb2.Operation:
        """Polls the operation until done, showing its progress; fails with its error."""
        progress = OperationProgress(label)
        try:
            while True:
                metadata = operation_metadata_pb2.OperationMetadata()
                operation.metadata.Unpack(metadata)
                progress.update(metadata.progress_percent, metadata.status_message)
                if operation.done:
                    break
                operation = self.client.operations.WaitOperation(
                    operations_pb2.WaitOperationRequest(
                        name=operation.name, timeout=Duration(nanos=int(POLL_SECONDS * 1e9))
                    ),
                    timeout=self.settings.timeout + POLL_SECONDS,
                )
        except KeyboardInterrupt:
            progress.finish()
            print(
                f"stopped waiting; {operation.name} goes on "
                "(`--no-wait` returns at once, `image-version watch` follows replication)",
                file=sys.stderr,
            )
            raise
        progress.finish()
        if operation.HasField("error"):
            raise CliError(f"{_code_name(operation.error.code)}: {operation.error.message}")
        return operation


def every_page(list_page: Any, request: Any, field: str) -> list[Any]:
    """Every item of a List call, following next_page_token from page to page."""
    items: list[Any] = []
    request.page_size = 1000
    while True:
        page = list_page(request)
        items += getattr(page, field)
        if not page.next_page_token:
            return items
        request.page_token = page.next_page_token


def _code_name(number: int) -> str:
    import grpc

    for code in grpc.StatusCode:
        if code.value[0] == number:
            return code.name
    return str(number)


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
    """Adds the flags every client command has."""
    out = parser.add_argument_group("output")
    out.add_argument(
        "-o",
        "--output",
        choices=output.FORMATS,
        default="json",
        help="json (default), table or yaml",
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
        "--ids", metavar="ID", help=f"the {what}'s resource ID, instead of its name flags"
    )


def if_match_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--if-match", metavar="ETAG", help="act only if the resource's etag is still this one"
    )
