"""az's generic update arguments on a resource as az prints it:
`--set path=value`, `--add path value...`, `--remove path [index]`.

A path is dotted keys with list indexes (`publishingProfile.targetRegions[0].name`);
a value is read as JSON when it is JSON (unless `--force-string`), else a
string; `--add` takes JSON values or `key=value` pairs making one object."""

import argparse
import copy
import json
import re
from typing import Any

from imagegallery_server.cli.errors import UsageError

_STEP = re.compile(r"([^.\[\]]+)|\[(-?\d+)\]")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("generic update arguments (as az)")
    group.add_argument(
        "--set",
        nargs="+",
        action="extend",
        default=[],
        metavar="PATH=VALUE",
        help="set a property: --set description=Gold tags.env=prod",
    )
    group.add_argument(
        "--add",
        nargs="+",
        action="append",
        default=[],
        metavar="PATH VALUE",
        help="add to a list: --add publishingProfile.targetRegions name=westus "
        "regionalReplicaCount=2",
    )
    group.add_argument(
        "--remove",
        nargs="+",
        action="append",
        default=[],
        metavar="PATH [INDEX]",
        help="remove a property or a list's item: --remove tags.env, "
        "--remove publishingProfile.targetRegions 1",
    )
    group.add_argument(
        "--force-string",
        action="store_true",
        help="take --set and --add values as strings, never as JSON",
    )


def given(args: argparse.Namespace) -> bool:
    return bool(args.set or args.add or args.remove)


def apply(data: dict[str, Any], args: argparse.Namespace) -> dict[str, Any]:
    """A copy of `data` with --set, --add and --remove applied in that order."""
    result = copy.deepcopy(data)
    for item in args.set:
        path, sep, text = item.partition("=")
        if not sep:
            raise UsageError(f"argument --set: {item!r} is not PATH=VALUE")
        parent, last = _parent(result, path, "--set", create=True)
        _put(parent, last, _value(text, args.force_string), path)
    for path, *values in args.add:
        target = _get(result, path, "--add")
        if not isinstance(target, list):
            raise UsageError(f"argument --add: {path} is not a list")
        target.append(_added(values, args.force_string, path))
    for path, *index in args.remove:
        _remove(result, path, index)
    return result


def _steps(path: str, flag: str) -> list[str | int]:
    steps: list[str | int] = []
    position = 0
    for match in _STEP.finditer(path):
        if path[position : match.start()] not in ("", "."):
            break
        key, number = match.groups()
        steps.append(key if key is not None else int(number))
        position = match.end()
    if not steps or position != len(path):
        raise UsageError(f"argument {flag}: {path!r} is not a property path")
    return steps


def _step(node: Any, step: str | int, path: str, flag: str, create: bool = False) -> Any:
    if isinstance(step, int):
        if not isinstance(node, list) or not -len(node) <= step < len(node):
            raise UsageError(f"argument {flag}: {path}: index {step} is out of range")
        return node[step]
    if not isinstance(node, dict):
        raise UsageError(f"argument {flag}: {path}: {step} is not a property of a list")
    if node.get(step) is None:
        if not create:
            raise UsageError(f"argument {flag}: {path}: there is no {step}")
        node[step] = {}
    return node[step]


def _get(data: Any, path: str, flag: str) -> Any:
    node = data
    for step in _steps(path, flag):
        node = _step(node, step, path, flag)
    return node


def _parent(data: Any, path: str, flag: str, create: bool = False) -> tuple[Any, str | int]:
    *steps, last = _steps(path, flag)
    node = data
    for step in steps:
        node = _step(node, step, path, flag, create)
    return node, last


def _put(parent: Any, key: str | int, value: Any, path: str) -> None:
    if isinstance(key, int):
        _step(parent, key, path, "--set")
    elif not isinstance(parent, dict):
        raise UsageError(f"argument --set: {path}: {key} is not a property of a list")
    parent[key] = value


def _remove(data: Any, path: str, index: list[str]) -> None:
    if index:
        target = _get(data, path, "--remove")
        if not isinstance(target, list) or len(index) != 1 or not index[0].lstrip("-").isdigit():
            raise UsageError(
                f"argument --remove: {path} {' '.join(index)}: give a list and an index"
            )
        _step(target, int(index[0]), path, "--remove")
        del target[int(index[0])]
        return
    parent, last = _parent(data, path, "--remove")
    if isinstance(last, int):
        _step(parent, last, path, "--remove")
        del parent[last]
    elif isinstance(parent, dict) and last in parent:
        del parent[last]  # unset: the property goes back to its default
    else:
        raise UsageError(f"argument --remove: {path}: there is no {last}")


def _value(text: str, force_string: bool) -> Any:
    if force_string:
        return text
    try:
        return json.loads(text)
    except ValueError:
        return text


def _added(values: list[str], force_string: bool, path: str) -> Any:
    if not values:
        raise UsageError(f"argument --add: {path}: give a value to add")
    if all("=" in v and not v.lstrip().startswith(("{", "[")) for v in values):
        return {
            key: _value(text, force_string) for key, _, text in (v.partition("=") for v in values)
        }
    if len(values) != 1:
        raise UsageError(f"argument --add: {path}: give one JSON value or key=value pairs")
    return _value(values[0], force_string)
