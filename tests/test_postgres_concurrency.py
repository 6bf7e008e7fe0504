"""Three servers on one PostgreSQL database: what one server promises holds across
them all when their writers race. Each race starts its calls together behind a
barrier, one thread a call, and asserts what every call answered: names and limits
stay unique and within bounds, a request id and an etag mean the same whichever
server answers, and the first start's owner is made once."""

import threading
import uuid
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from functools import partial

import grpc
import pytest
from access import AUTH_ON, Stubs, channel_with
from conftest import RpcFailure, definition_pb, gallery_pb, new_definition
from google.protobuf.field_mask_pb2 import FieldMask
from imagegallery.v1 import access_service_pb2 as access_pb
from imagegallery.v1 import gallery_service_pb2_grpc, image_definition_service_pb2_grpc
from imagegallery_server.testing import ServerProcess

Code = grpc.StatusCode
ROUNDS = 50
LIMIT = 5


def race(calls: Sequence[Callable[[], object]]) -> list[object]:
    """Makes every call at once (each on a thread of its own, released together);
    what each answered, in order: its result, or an RpcFailure."""
    barrier = threading.Barrier(len(calls))
    answers: list[object] = [None] * len(calls)

    def run(index: int) -> None:
        barrier.wait()
        try:
            answers[index] = calls[index]()
        except grpc.RpcError as error:
            answers[index] = RpcFailure(error)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return answers


def outcomes(answers: list[object]) -> Counter[str]:
    """How many calls answered OK, and how many each failure code and reason."""
    return Counter(
        f"{a.code.name} {a.reason}" if isinstance(a, RpcFailure) else "OK" for a in answers
    )


@pytest.fixture
def three(servers_on_one_database) -> list[ServerProcess]:
    return servers_on_one_database()


@pytest.fixture
def channels(three) -> Iterator[list[grpc.Channel]]:
    opened = [grpc.insecure_channel(server.address) for server in three]
    yield opened
    for channel in opened:
        channel.close()


@pytest.fixture
def galleries(channels) -> list[gallery_service_pb2_grpc.GalleryServiceStub]:
    return [gallery_service_pb2_grpc.GalleryServiceStub(c) for c in channels]


@pytest.fixture
def definitions(channels) -> list[image_definition_service_pb2_grpc.ImageDefinitionServiceStub]:
    return [image_definition_service_pb2_grpc.ImageDefinitionServiceStub(c) for c in channels]


def create_gallery(
    parent: str, gallery_id: str, **fields: object
) -> gallery_pb.CreateGalleryRequest:
    return gallery_pb.CreateGalleryRequest(
        parent=parent,
        gallery_id=gallery_id,
        gallery=gallery_pb.Gallery(location="eastus"),
        **fields,
    )


def test_one_name_created_at_once_on_three_servers_is_made_once(galleries, resource_group):
    for round_ in range(ROUNDS):
        request = create_gallery(resource_group, f"g{round_}")

        answers = race([partial(stub.CreateGallery, request) for stub in galleries])

        assert outcomes(answers) == {
            "OK": 1,
            "ALREADY_EXISTS ERROR_REASON_RESOURCE_ALREADY_EXISTS": 2,
        }
    listed = galleries[0].ListGalleries(gallery_pb.ListGalleriesRequest(parent=resource_group))
    assert len(listed.galleries) == ROUNDS


def test_one_definition_created_at_once_on_three_servers_is_made_once(
    galleries, definitions, resource_group
):
    gallery = galleries[0].CreateGallery(create_gallery(resource_group, "gallery"))
    for round_ in range(ROUNDS):
        request = definition_pb.CreateImageDefinitionRequest(
            parent=gallery.name,
            image_definition_id=f"image{round_}",
            image_definition=new_definition(
                identifier=definition_pb.ImageIdentifier(
                    publisher="Contoso", offer="Ubuntu", sku=f"sku{round_}"
                )
            ),
        )

        answers = race([partial(stub.CreateImageDefinition, request) for stub in definitions])

        assert outcomes(answers) == {
            "OK": 1,
            "ALREADY_EXISTS ERROR_REASON_RESOURCE_ALREADY_EXISTS": 2,
        }


@pytest.fixture
def limited(servers_on_one_database) -> list[gallery_service_pb2_grpc.GalleryServiceStub]:
    servers = servers_on_one_database(env={"IMAGEGALLERY_LIMIT_GALLERIES": str(LIMIT)})
    return [
        gallery_service_pb2_grpc.GalleryServiceStub(grpc.insecure_channel(s.address))
        for s in servers
    ]


def test_a_limit_holds_for_creates_at_once_on_three_servers(limited):
    for _ in range(5):
        group = f"/subscriptions/{uuid.uuid4()}/resourceGroups/rg"
        calls = [
            partial(stub.CreateGallery, create_gallery(group, f"g{n}"))
            for n, stub in enumerate(limited * 4)
        ]

        answers = race(calls)

        assert outcomes(answers) == {
            "OK": LIMIT,
            "RESOURCE_EXHAUSTED ERROR_REASON_QUOTA_EXCEEDED": len(calls) - LIMIT,
        }


def test_a_request_id_sent_to_three_servers_at_once_is_one_create(galleries, resource_group):
    for round_ in range(10):
        request = create_gallery(resource_group, f"g{round_}", request_id=str(uuid.uuid4()))

        answers = race([partial(stub.CreateGallery, request) for stub in galleries])

        assert outcomes(answers) == {"OK": 3}
        assert answers[0] == answers[1] == answers[2]


def test_an_etag_sent_to_three_servers_at_once_lets_one_update_through(galleries, resource_group):
    gallery = galleries[0].CreateGallery(create_gallery(resource_group, "gallery"))
    for round_ in range(10):
        calls = [
            partial(
                stub.UpdateGallery,
                gallery_pb.UpdateGalleryRequest(
                    gallery=gallery_pb.Gallery(
                        name=gallery.name, description=f"{round_}.{n}", etag=gallery.etag
                    ),
                    update_mask=FieldMask(paths=["description"]),
                ),
            )
            for n, stub in enumerate(galleries)
        ]

        answers = race(calls)

        assert outcomes(answers) == {"OK": 1, "ABORTED ERROR_REASON_ETAG_MISMATCH": 2}
        (gallery,) = [a for a in answers if isinstance(a, gallery_pb.Gallery)]
        for stub in galleries:
            assert stub.GetGallery(gallery_pb.GetGalleryRequest(name=gallery.name)) == gallery


def test_three_servers_starting_at_once_on_a_new_database_make_one_owner(
    servers_on_one_database,
):
    servers = servers_on_one_database(env=AUTH_ON)

    written = sum(s.count_events("auth.owner_token_written") for s in servers)
    assert written == 1
    token = servers[0].owner_token
    for server in servers:
        with channel_with(server.address, token) as channel:
            stubs = Stubs(channel)
            tenant = stubs.access.GetCaller(access_pb.GetCallerRequest()).tenant
            principals = stubs.access.ListPrincipals(
                access_pb.ListPrincipalsRequest(parent=tenant)
            ).principals
            assert [p.display_name for p in principals if p.administrator] == ["Server owner"]
            tenants = stubs.access.ListTenants(access_pb.ListTenantsRequest()).tenants
            assert [t.name for t in tenants] == [tenant]
