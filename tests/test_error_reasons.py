"""The reasons the server gives and the contract's ErrorReason enum are the same set."""

import ast
import re
from pathlib import Path

import imagegallery_server
from imagegallery.v1 import error_reason_pb2

REASON = re.compile(r"[A-Z][A-Z0-9_]{3,}[A-Z0-9]")
# Where a reason is given: (callee, position of the reason among its arguments).
VIOLATIONS = {"add": 1, "Violation": 1}


def sources() -> list[ast.Module]:
    root = Path(imagegallery_server.__file__).parent
    paths = [*root.glob("domain/*.py"), *root.glob("api/*.py"), *root.glob("auth/*.py")]
    return [ast.parse(path.read_text()) for path in paths]


def error_classes(trees: list[ast.Module]) -> set[str]:
    """DomainError and every class derived from it, in any of the modules."""
    found = {"DomainError"}
    classes = [node for tree in trees for node in ast.walk(tree) if isinstance(node, ast.ClassDef)]
    while more := {
        c.name
        for c in classes
        if c.name not in found and any(getattr(base, "id", None) in found for base in c.bases)
    }:
        found |= more
    return found


def given_reasons(call: ast.Call, errors: set[str]) -> list[ast.expr]:
    """The arguments of `call` that give a reason: the first of an error's
    constructor, the second of a violation, and any `reason=`."""
    func = call.func
    callee = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    position = 0 if callee in errors or callee == "__init__" else VIOLATIONS.get(callee)
    given = [call.args[position]] if position is not None and len(call.args) > position else []
    return given + [k.value for k in call.keywords if k.arg == "reason"]


def reasons_in_server() -> set[str]:
    trees = sources()
    errors = error_classes(trees)
    calls = [node for tree in trees for node in ast.walk(tree) if isinstance(node, ast.Call)]
    return {
        arg.value
        for call in calls
        for arg in given_reasons(call, errors)
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
        if REASON.fullmatch(arg.value)
    }


def test_every_reason_the_server_gives_is_in_the_contract_and_every_one_is_used():
    contract = {
        name.removeprefix("ERROR_REASON_")
        for name in error_reason_pb2.ErrorReason.DESCRIPTOR.values_by_name
        if name != "ERROR_REASON_UNSPECIFIED"
    }

    assert reasons_in_server() == contract


def test_a_quoted_word_that_gives_no_reason_is_not_counted_as_one():
    tree = ast.parse('code = "UNKNOWN"\nif x == "NO_LATEST_VERSION": NotFound("TOKEN_UNKNOWN", m)')
    calls = [node for node in ast.walk(tree) if isinstance(node, ast.Call)]

    given = [arg.value for call in calls for arg in given_reasons(call, {"NotFound"})]

    assert given == ["TOKEN_UNKNOWN"]
