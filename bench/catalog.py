"""The catalogue the data-path benchmark reads, populated through the API only.

One server with auth on and its limits raised: many galleries in one resource
group (GetGallery reads them at random), image definitions holding 100 and many
versions (each version a real long-running operation replicating a tiny disk to
one replica), and a Reader of the resource group through a group. What the
benchmark needs to call it is kept beside the data in bench-catalog.json, so a
populated data dir can be served again (or copied) without populating anew.
"""

import asyncio
import hashlib
import json
import os
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import grpc
import principals
from benchlib import log
from google.longrunning import operations_pb2, operations_pb2_grpc
from google.protobuf.duration_pb2 import Duration
from imagegallery.v1 import image_version_service_pb2_grpc
from imagegallery_server.testing import ServerProcess
from replication_and_watch import AUTH_ON, QUIET_WATCH, Client, version_request

CATALOG_FILE = "bench-catalog.json"
TINY_DISK = 4096  # bytes: versions are many, their copies small
RAISED_LIMITS = {
    "IMAGEGALLERY_LIMIT_GALLERIES": "100000",
    "IMAGEGALLERY_LIMIT_IMAGE_DEFINITIONS": "100000",
    "IMAGEGALLERY_LIMIT_IMAGE_VERSIONS": "1000000",
}
SERVER_ENV = {**AUTH_ON, **QUIET_WATCH, **RAISED_LIMITS}


@dataclass
class Catalog:
    galleries: list[str]
    definitions: dict[str, str]  # by its number of versions ("100", "10000")
    versions: dict[str, list[str]]  # each definition's version names
    reader_token: str
    populate_s: dict[str, float]

    def save(self, data_dir: Path) -> None:
        (data_dir / CATALOG_FILE).write_text(json.dumps(asdict(self)))

    @classmethod
    def load(cls, data_dir: Path) -> "Catalog":
        return cls(**json.loads((data_dir / CATALOG_FILE).read_text()))

    @property
    def reader(self) -> tuple:
        return principals.bearer(self.reader_token)


def populate(
    data_dir: Path, galleries: int, version_counts: list[int], concurrency: int, store: str = ""
) -> Catalog:
    """Populates a new data dir (and `store`, a PostgreSQL URL, when given) through
    the API and stops its server."""
    server = ServerProcess(data_dir, env=SERVER_ENV, store=store).start()
    try:
        return _populate(server, galleries, version_counts, concurrency)
    finally:
        server.stop(timeout=120)


def _populate(server: ServerProcess, galleries: int, version_counts: list[int], concurrency: int):
    admin_token = principals.owner_token(server.data_dir)
    client = Client(server.address, admin_token)
    timings: dict[str, float] = {}
    start = time.perf_counter()
    created = [client.gallery(f"g{index:05d}") for index in range(galleries)]
    timings["galleries"] = time.perf_counter() - start
    log(f"  {galleries:,} galleries in {timings['galleries']:.1f} s")
    source = _tiny_source(client)
    definitions, versions = {}, {}
    for count in version_counts:
        definition = client.definition(created[0], f"image-{count}")
        definitions[str(count)] = definition.name
        ids = [f"1.{index // 1000}.{index % 1000}" for index in range(count)]
        start = time.perf_counter()
        asyncio.run(
            _create_versions(server.address, admin_token, definition.name, source, ids, concurrency)
        )
        timings[f"versions_{count}"] = time.perf_counter() - start
        versions[str(count)] = [f"{definition.name}/versions/{i}" for i in ids]
        log(f"  {count:,} versions in {timings[f'versions_{count}']:.1f} s")
    catalog = Catalog(
        galleries=[gallery.name for gallery in created],
        definitions=definitions,
        versions=versions,
        reader_token=client.tenancy.reader_through_group(client.resource_group),
        populate_s=timings,
    )
    catalog.save(server.data_dir)
    client.close()
    return catalog


def _tiny_source(client: Client) -> str:
    data = os.urandom(TINY_DISK)
    upload = client.upload(data, len(data), hashlib.sha256(data).hexdigest())
    return client.source(upload.name, "tiny").name


async def _create_versions(
    address: str, token: str, definition: str, source: str, ids: list[str], concurrency: int
) -> None:
    """Creates each version (one replica in eastus) and waits for its operation,
    `concurrency` at a time."""
    metadata = principals.bearer(token)
    pending = iter(ids)
    async with grpc.aio.insecure_channel(address) as channel:
        versions = image_version_service_pb2_grpc.ImageVersionServiceStub(channel)
        operations = operations_pb2_grpc.OperationsStub(channel)

        async def creator() -> None:
            for version_id in pending:
                request = version_request(definition, version_id, source, ["eastus"], 1)
                operation = await versions.CreateImageVersion(request, metadata=metadata)
                while not operation.done:
                    operation = await operations.WaitOperation(
                        operations_pb2.WaitOperationRequest(
                            name=operation.name, timeout=Duration(seconds=60)
                        ),
                        metadata=metadata,
                    )
                if operation.HasField("error"):
                    raise RuntimeError(f"{version_id}: {operation.error}")

        await asyncio.gather(*(creator() for _ in range(concurrency)))
