"""Pollers and pagers, as the Azure SDKs shape them: ``begin_*`` returns a poller
(``result()``, ``status()``, ``done()``, ``wait()``, ``poller_from(name)``), and
``list_*`` a pager over every item across pages, with ``by_page()``."""

import asyncio
import contextlib
import os
from collections.abc import Iterator
from typing import Any

import pytest
from conftest import COMPLETED, Catalog, MiB, new_subscription
from imagegallery.aio import AsyncClient
from imagegallery.client import Client
from imagegallery.errors import NotFoundError, UnavailableError
from imagegallery.v1 import image_version_service_pb2 as version_pb
from imagegallery.v1 import maintenance_service_pb2 as maintenance_pb
from imagegallery_server.testing import ServerProcess

# The caller's deadline, only so that a broken test ends.
DEADLINE = 120


def version_request(definition: str, version_id: str, source: str, *regions: str):
    return version_pb.CreateImageVersionRequest(
        parent=definition,
        image_version_id=version_id,
        image_version=version_pb.ImageVersion(
            storage_profile=version_pb.StorageProfile(source=source),
            publishing_profile=version_pb.PublishingProfile(
                target_regions=[version_pb.TargetRegion(name=r) for r in regions]
            ),
        ),
    )


@pytest.fixture
def definition_and_source(catalog):
    definition = catalog.definition(catalog.gallery().name)
    return definition, catalog.source(os.urandom(MiB))


def test_a_poller_follows_a_version_to_its_end_and_is_resumed_by_name(
    client, definition_and_source
):
    definition, source = definition_and_source
    name = f"{definition.name}/versions/1.0.0"
    poller = client.begin_create_image_version(
        version_request(definition.name, "1.0.0", source.name, "eastus", "westus")
    )
    assert poller.operation_name.startswith("operations/")
    assert poller.continuation_token() == poller.operation_name
    assert poller.status() in ("InProgress", "Succeeded")

    resumed = client.poller_from(poller.operation_name)
    version = resumed.result(timeout=DEADLINE)
    assert version.name == name
    assert version.replication_status.aggregated_state == COMPLETED
    assert (resumed.status(), resumed.done()) == ("Succeeded", True)

    # The first poller hears the end too; its result is the same version.
    assert poller.result(timeout=DEADLINE).name == name
    assert (poller.status(), poller.done()) == ("Succeeded", True)
    poller.wait()  # done: returns at once

    updating = client.begin_update_image_version(
        version_pb.UpdateImageVersionRequest(
            image_version=version_pb.ImageVersion(name=name, tags={"stage": "tested"}),
            update_mask={"paths": ["tags"]},
        )
    )
    assert updating.result(timeout=DEADLINE).tags["stage"] == "tested"

    deleting = client.begin_delete_image_version(name)
    deleting.wait(DEADLINE)
    assert deleting.done() and deleting.status() == "Succeeded"
    assert deleting.result() is None
    with pytest.raises(NotFoundError):
        client.versions.GetImageVersion(version_pb.GetImageVersionRequest(name=name))


def test_a_poller_of_no_operation_raises_not_found(client):
    with pytest.raises(NotFoundError):
        client.poller_from("operations/never-made")


@contextlib.contextmanager
def own_server_publishing(tmp_path, **env: str) -> Iterator[tuple[Client, Any]]:
    """A server of its own with `env` (auth on), and a poller of version 1.0.0 of
    a 1 MiB disk to eastus and westus there."""
    server = ServerProcess(tmp_path, env={"IMAGEGALLERY_AUTH": "token", **env}).start()
    try:
        with Client(server.address, token=server.owner_token) as client:
            catalog = Catalog(client, f"{new_subscription(client)}/resourceGroups/rg")
            definition = catalog.definition(catalog.gallery().name)
            source = catalog.source(os.urandom(MiB))
            request = version_request(definition.name, "1.0.0", source.name, "eastus", "westus")
            yield client, client.begin_create_image_version(request)
    finally:
        server.stop()


def test_a_poller_still_running_at_its_timeout_says_so(tmp_path):
    # westus is down, so its copy waits until the region is brought back up.
    down = {"IMAGEGALLERY_REGIONS_DOWN": "westus", "IMAGEGALLERY_REPLICATION_RETRY_SECONDS": "0.1"}
    with own_server_publishing(tmp_path, **down) as (client, poller):
        poller.wait(0.1)
        running = (poller.done(), poller.status())
        up = maintenance_pb.RegionConditions(region="westus")
        client.maintenance.UpdateRegionConditions(
            maintenance_pb.UpdateRegionConditionsRequest(conditions=up)
        )
        version = poller.result(DEADLINE)
    assert running == (False, "InProgress")
    assert version.replication_status.aggregated_state == COMPLETED


def test_a_failed_operation_raises_its_typed_error_from_result(tmp_path):
    # Every copy to westus arrives damaged and is tried once: the region fails.
    damaged = {"IMAGEGALLERY_DAMAGED_COPIES": "westus=5", "IMAGEGALLERY_REPLICATION_ATTEMPTS": "1"}
    with own_server_publishing(tmp_path, **damaged) as (_, poller):
        with pytest.raises(UnavailableError) as failed:
            poller.result(DEADLINE)
        status = (poller.status(), poller.done())
    assert failed.value.reason == "ERROR_REASON_REPLICATION_FAILED"
    assert "westus" in failed.value.message
    assert status == ("Failed", True)


def test_an_async_poller_and_pager(definition_and_source):
    definition, source = definition_and_source
    from conftest import ADDRESS, TOKEN

    async def run():
        async with AsyncClient(ADDRESS, token=TOKEN) as client:
            poller = await client.begin_create_image_version(
                version_request(definition.name, "2.0.0", source.name, "eastus")
            )
            assert not poller.done() or poller.status() == "Succeeded"
            resumed = await client.poller_from(poller.operation_name)
            version = await resumed.result(DEADLINE)
            await poller.wait(DEADLINE)
            pages = [p async for p in client.list_image_versions(definition.name).by_page()]
            items = [v.name async for v in client.list_image_versions(definition.name)]
            return version, poller.status(), pages, items

    version, status, pages, items = asyncio.run(run())
    assert version.name == f"{definition.name}/versions/2.0.0"
    assert status == "Succeeded"
    assert [[v.name for v in page] for page in pages] == [[version.name]]
    assert items == [version.name]


def test_a_pager_walks_every_item_across_pages(client, catalog):
    names = [catalog.gallery(f"gallery{i}").name for i in range(5)]
    pager = client.list_galleries(catalog.resource_group, page_size=2)
    assert sorted(g.name for g in pager) == sorted(names)
    pages = list(client.list_galleries(catalog.resource_group, page_size=2).by_page())
    assert [len(page) for page in pages] == [2, 2, 1]
    assert sorted(g.name for page in pages for g in page) == sorted(names)
    # Without a page size, the server's default page holds them all.
    assert len(list(client.list_galleries(catalog.resource_group).by_page())) == 1

    # Any List call pages the same way.
    from imagegallery.v1 import gallery_service_pb2 as gallery_pb

    request = gallery_pb.ListGalleriesRequest(parent=catalog.resource_group, page_size=3)
    assert [len(p) for p in client.paged(client.galleries.ListGalleries, request).by_page()] == [
        3,
        2,
    ]
