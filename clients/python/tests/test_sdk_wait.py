"""A wait follows its operation through a server crash. Each test starts a server of
its own with a slow link to westus, starts a wait on a version's creation, kills the
server (SIGKILL) once the wait has seen the operation running, and restarts it on the
same data dir and port once the wait has given up on a call (the client's own retries
of it spent): the wait returns the version the restarted server finished."""

import asyncio
import concurrent.futures
import os
import threading

import pytest
from conftest import COMPLETED, Catalog, MiB, new_subscription
from imagegallery.aio import AsyncClient
from imagegallery.client import Client
from imagegallery.errors import NotFoundError
from imagegallery.v1 import operation_metadata_pb2
from imagegallery_server.testing import ServerProcess

SLOW_WESTUS = {"IMAGEGALLERY_AUTH": "token", "IMAGEGALLERY_REGION_THROTTLES": "westus=1048576"}
# The caller's deadline, only so that a broken test ends; a wait has none by default.
DEADLINE = 120
# How long each WaitOperation asks the server to wait: progress is heard this often.
INTERVAL = 0.2


def wait_with_client(address, token, operation, progress, on_retry):
    with Client(address, token=token) as client:
        return client.wait(operation, progress, DEADLINE, interval=INTERVAL, on_retry=on_retry)


def wait_with_async_client(address, token, operation, progress, on_retry):
    async def wait():
        async with AsyncClient(address, token=token) as client:
            return await client.wait(
                operation, progress, DEADLINE, interval=INTERVAL, on_retry=on_retry
            )

    return asyncio.run(wait())


@pytest.mark.parametrize("wait", [wait_with_client, wait_with_async_client])
def test_a_wait_returns_the_version_a_restarted_server_finished(tmp_path, wait):
    server = ServerProcess(tmp_path, env=SLOW_WESTUS).start()
    try:
        with Client(server.address, token=server.owner_token) as client:
            catalog = Catalog(client, f"{new_subscription(client)}/resourceGroups/rg")
            definition = catalog.definition(catalog.gallery().name)
            source = catalog.source(os.urandom(4 * MiB))  # 4 s to westus
            operation = catalog.create_version(
                definition.name, "1.0.0", source.name, "eastus", "westus"
            )
        running, retried = threading.Event(), threading.Event()

        def progress(metadata: operation_metadata_pb2.OperationMetadata) -> None:
            if not metadata.HasField("end_time"):
                running.set()

        with concurrent.futures.ThreadPoolExecutor(1) as pool:
            token = server.owner_token
            waited = pool.submit(
                wait, server.address, token, operation, progress, lambda _: retried.set()
            )
            assert running.wait(DEADLINE), "the wait never saw the operation running"
            server.kill()
            assert retried.wait(DEADLINE), waited.result()  # else it ended: with what?
            server.restart()
            version = waited.result(DEADLINE)
    finally:
        server.stop()
    assert version.name == f"{definition.name}/versions/1.0.0"
    assert version.replication_status.aggregated_state == COMPLETED


def test_a_wait_raises_an_answer_of_the_server_without_retrying(client):
    retries = []
    with pytest.raises(NotFoundError):
        client.wait("operations/never-made", timeout=DEADLINE, on_retry=retries.append)
    assert retries == []
