"""Long-running operations: a record per create, update or delete of an image
version, done when the work behind it settles."""

import asyncio
import contextlib
import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime

from imagegallery_server.domain import names
from imagegallery_server.domain.errors import FailedPrecondition
from imagegallery_server.domain.model import Page
from imagegallery_server.domain.resources import Kind, Mutation, existing, page, write
from imagegallery_server.store import Reader, Record, Store, Transaction


@dataclass
class OperationError:
    code: str = ""  # a gRPC status code name, e.g. "FAILED_PRECONDITION"
    reason: str = ""
    message: str = ""
    metadata: dict[str, str] = field(default_factory=dict)


@dataclass
class Operation:
    name: str = ""
    target: str = ""
    verb: str = ""  # create, update, delete
    done: bool = False
    error: OperationError | None = None
    progress_percent: int = 0
    status_message: str = ""
    create_time: datetime | None = None
    end_time: datetime | None = None
    etag: str = ""


# Answered as a google.longrunning.Operation, whose fields say no behaviour, and
# never updated by a request: no message of ours.
OPERATION = Kind(name="operation", label="operation", field="operation", model=Operation)


def start(tx: Transaction, target: Record, verb: str, now: datetime) -> Record:
    """Records a new operation on `target`, named by a new uuid."""
    name = str(names.OperationName(str(uuid.uuid4())))
    operation = Operation(name=name, target=target.name, verb=verb, create_time=now)
    return tx.insert(
        Record(
            kind=OPERATION.name,
            name=name,
            parent_key=_owner(target.key),
            subscription=target.subscription,
            location=target.location,
            body=OPERATION.body(operation),
        )
    )


def running(tx: Reader, target_key: str) -> list[Record]:
    return tx.list(
        OPERATION.name, limit=1000, parent_key=_owner(target_key), body_field=("done", False)
    )


def finish(
    tx: Transaction,
    target_key: str,
    now: datetime,
    error: OperationError | None = None,
    verbs: set[str] | None = None,
) -> None:
    """Ends the running operations on the target (those of `verbs`, or all), with
    `error` or success."""
    for record in running(tx, target_key):
        if verbs is not None and record.body["verb"] not in verbs:
            continue
        operation = replace(
            OPERATION.to_model(record),
            done=True,
            error=error,
            end_time=now,
            progress_percent=100,
            status_message="Succeeded",
        )
        if error is not None:  # where it stopped, and why
            operation.progress_percent = record.body["progress_percent"]
            operation.status_message = f"Failed: {error.message}"
        tx.update(replace(record, body=OPERATION.body(operation)))


def report(tx: Transaction, target_key: str, percent: int, message: str) -> None:
    for record in running(tx, target_key):
        if (record.body["progress_percent"], record.body["status_message"]) != (percent, message):
            body = {**record.body, "progress_percent": percent, "status_message": message}
            tx.update(replace(record, body=body))


def get(reader: Reader, name: str) -> Operation:
    return OPERATION.to_model(existing(reader, OPERATION, name))


def _owner(target_key: str) -> str:
    """Operations hang off their target without being its children, so they
    outlive a deleted target."""
    return f"operations:{target_key}"


class Operations:
    """Reading, waiting on and forgetting operations."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def get(self, name: str) -> Operation:
        return get(self._store.read, _checked_name(name))

    def list_page(self, page_size: int, after: str) -> Page[Operation]:
        records = self._store.read.list(OPERATION.name, limit=page_size + 1, after=after)
        return page(OPERATION, records, page_size)

    async def wait(self, name: str, timeout_seconds: float) -> Operation:
        """The operation once done, or as it stands when the timeout passes; read
        again at each commit that changes it."""
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(timeout_seconds):
                while not (operation := self.get(name)).done:
                    await self._store.commits.next_change(operation.name.lower())
                return operation
        return self.get(name)

    async def delete(self, name: str) -> None:
        checked = _checked_name(name)

        def forget(tx: Transaction) -> None:
            record = existing(tx, OPERATION, checked)
            if not record.body["done"]:
                raise FailedPrecondition(
                    "OPERATION_RUNNING",
                    f"The operation {checked} is still running; wait for it first.",
                    resource=checked,
                )
            tx.delete(record)

        await write(self._store, forget, Mutation())


def _checked_name(name: str) -> str:
    return str(names.parse_operation(name, "name"))
