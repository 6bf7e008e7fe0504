"""What a command answers, on stdout, as az prints it: the result as az's
resources look (shapes.py), narrowed by `--query` (JMESPath), in the format of
`-o`: json (the default), jsonc (coloured), table, tsv, yaml or none."""

import io
import json
from collections.abc import Sequence
from typing import Any

import jmespath
import yaml
from google.protobuf.message import Message
from rich.console import Console
from rich.json import JSON

from imagegallery_server.cli.errors import UsageError
from imagegallery_server.cli.shapes import to_azure

FORMATS = ("json", "jsonc", "table", "tsv", "yaml", "none")

# The rows of a table of resources, by their `type`, as JMESPath (az's table
# transformers); anything else shows its scalar keys.
_TABLES = {
    "Microsoft.Compute/galleries": "{Name:name, ResourceGroup:resourceGroup, "
    "Location:location, ProvisioningState:provisioningState}",
    "Microsoft.Compute/galleries/images": "{Name:name, ResourceGroup:resourceGroup, "
    "Location:location, OsType:osType, OsState:osState, HyperVGeneration:hyperVGeneration, "
    "Publisher:identifier.publisher, Offer:identifier.offer, Sku:identifier.sku, "
    "ProvisioningState:provisioningState}",
    "Microsoft.Compute/galleries/images/versions": "{Name:name, ResourceGroup:resourceGroup, "
    "ProvisioningState:provisioningState, TargetRegions:publishingProfile.targetRegions "
    "&& join(', ', publishingProfile.targetRegions[*].name), "
    "ReplicationState:replicationStatus.aggregatedState}",
}


def data_of(result: Message | Sequence[Message] | None) -> Any:
    """The result as az prints it: a resource, a list of them, or None."""
    if result is None:
        return None
    if isinstance(result, Message):
        return to_azure(result)
    return [to_azure(item) for item in result]


def query(data: Any, expression: str | None) -> Any:
    if not expression:
        return data
    try:
        return jmespath.search(expression, data)
    except jmespath.exceptions.JMESPathError as error:
        raise UsageError(
            f"argument --query: invalid JMESPath query {expression!r}: {error}"
        ) from None


def render(data: Any, form: str) -> str:
    if form == "none" or data is None:
        return ""
    if form == "jsonc":
        buffer = io.StringIO()
        console = Console(file=buffer, force_terminal=True, color_system="standard", width=10**6)
        console.print(JSON.from_data(data, indent=2, ensure_ascii=False, sort_keys=False))
        return buffer.getvalue()
    if form == "yaml":
        return yaml.safe_dump(data, sort_keys=False, default_flow_style=False, allow_unicode=True)
    if form == "table":
        return table(data)
    if form == "tsv":
        return tsv(data)
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _scalar(value: Any) -> bool:
    return not isinstance(value, dict | list)


def _text(value: Any) -> str:
    """A value as az's table and tsv print it (Python's spelling of booleans)."""
    return "" if value is None else str(value)


def tsv(data: Any) -> str:
    """As az's tsv: one row per item of a list (else the one result); a row's
    values tab-separated, in key order, a nested list as its length and a
    nested object as nothing, so that columns stay aligned."""
    rows = data if isinstance(data, list) else [data]
    return "".join(_tsv_row(row) + "\n" for row in rows)


def _tsv_row(row: Any) -> str:
    if isinstance(row, dict):
        return "\t".join(_tsv_cell(value) for _, value in sorted(row.items()))
    if isinstance(row, list):
        return "\t".join(_tsv_cell(value) for value in row)
    return _tsv_cell(row)


def _tsv_cell(value: Any) -> str:
    if isinstance(value, list):
        return str(len(value))
    if isinstance(value, dict):
        return ""
    return _text(value)


def table(data: Any) -> str:
    rows = data if isinstance(data, list) else [data]
    if not rows:
        return ""
    rows = [_row(row) for row in rows]
    columns = [key for key, value in rows[0].items() if _scalar(value)]
    return _format([{_header(c): _text(row.get(c)) for c in columns} for row in rows])


def _header(key: str) -> str:
    return key[:1].upper() + key[1:]


def _row(row: Any) -> dict[str, Any]:
    if not isinstance(row, dict):
        return {"Result": row}
    shape = _TABLES.get(row.get("type", ""))
    return jmespath.search(shape, row) if shape else row


def _format(rows: list[dict[str, str]]) -> str:
    headers = list(rows[0])
    # Columns empty in every row are left out, as az's table does with nulls.
    headers = [h for h in headers if any(row.get(h) for row in rows)] or headers
    widths = {h: max(len(h), *(len(row.get(h, "")) for row in rows)) for h in headers}
    lines = [
        "  ".join(h.ljust(widths[h]) for h in headers).rstrip(),
        "  ".join("-" * widths[h] for h in headers),
    ]
    for row in rows:
        lines.append("  ".join(row.get(h, "").ljust(widths[h]) for h in headers).rstrip())
    return "\n".join(lines) + "\n"
