"""The reasons the server gives and the contract's ErrorReason enum are the same set."""

import re
from pathlib import Path

import grpc
import imagegallery_server
from imagegallery.v1 import error_reason_pb2

REASON_LITERAL = re.compile(r'"([A-Z][A-Z_]{3,}[A-Z])"')


def reasons_in_server() -> set[str]:
    root = Path(imagegallery_server.__file__).parent
    sources = [*root.glob("domain/*.py"), *root.glob("api/*.py"), *root.glob("auth/*.py")]
    return {match for path in sources for match in REASON_LITERAL.findall(path.read_text())}


def test_every_reason_the_server_gives_is_in_the_contract_and_every_one_is_used():
    contract = {
        name.removeprefix("ERROR_REASON_")
        for name in error_reason_pb2.ErrorReason.DESCRIPTOR.values_by_name
        if name != "ERROR_REASON_UNSPECIFIED"
    }
    status_codes = {code.name for code in grpc.StatusCode}
    used = reasons_in_server() - status_codes - {"UNSPECIFIED"}

    assert used == contract
