"""The store on PostgreSQL (`--store postgresql://…`): its migrations, and a server on
it doing what a client does, over gRPC."""

import threading

import grpc
import pytest
from imagegallery.v1 import image_version_service_pb2 as version_pb
from imagegallery.v1 import replication_service_pb2 as replication_pb
from imagegallery_server.store.migrations import migrations
from imagegallery_server.store.postgres import PostgresDatabase
from imagegallery_server.testing import ServerProcess
from imagegallery_server.testing_postgres import free_port
from versioning import Catalog, disk_bytes

COMPLETED = version_pb.AGGREGATED_REPLICATION_STATE_COMPLETED


def test_servers_starting_at_once_apply_every_migration_once(postgres):
    database = PostgresDatabase(postgres.create_database())
    opened = []
    starts = [threading.Thread(target=lambda: opened.append(database.open())) for _ in range(3)]
    for start in starts:
        start.start()
    for start in starts:
        start.join()

    rows = opened[0].execute("SELECT name FROM schema_migrations ORDER BY applied_at, name")
    assert [name for (name,) in rows] == [m.name for m in migrations._migrations]
    assert len(opened) == 3


def test_a_server_on_postgresql_replicates_a_version_and_watches_it(tmp_path, postgres):
    url = postgres.create_database()
    server = ServerProcess(tmp_path, store=url).start()
    started = next(e for e in server.log_events() if e.get("event") == "server.started")
    assert "dbname=" in str(started["database"]) and "imagegallery.db" not in str(started)
    with grpc.insecure_channel(server.address) as channel:
        catalog = Catalog(channel, "/subscriptions/s/resourceGroups/rg")
        definition = catalog.definition()
        source = catalog.source(disk_bytes(1))
        request = replication_pb.WatchReplicationStatusRequest(scope=definition.name)
        stream = catalog.replication.WatchReplicationStatus(request, timeout=30)
        next(m for m in stream if m.HasField("checkpoint"))
        operation = catalog.create_version(definition, "1.0.0", source.name, "eastus", "westus")
        name = f"{definition.name}/versions/1.0.0"

        states = []
        for message in stream:
            if message.HasField("change") and message.change.image_version == name:
                states.append(message.change.status.aggregated_state)
                if states[-1] == COMPLETED:
                    break
        stream.cancel()
        catalog.wait(operation)
        version = catalog.version(name)
    assert server.stop() == 0

    assert states[-1] == COMPLETED and len(states) > 1
    assert version.replication_status.aggregated_state == COMPLETED
    assert sorted(s.region for s in version.replication_status.summary) == ["eastus", "westus"]


def test_a_server_whose_database_cannot_be_reached_refuses_to_start(tmp_path):
    unreachable = f"postgresql://nobody@127.0.0.1:{free_port()}/imagegallery"
    with pytest.raises(RuntimeError, match="exited early") as refused:
        ServerProcess(tmp_path, store=unreachable).start()
    assert "cannot open the store: user=nobody dbname=imagegallery" in str(refused.value)
    assert "Connection refused" in str(refused.value)


def test_a_store_that_is_no_postgresql_url_is_refused(tmp_path):
    with pytest.raises(RuntimeError, match="exited early") as refused:
        ServerProcess(tmp_path, store="mysql://db/imagegallery").start()
    assert "'mysql://db/imagegallery' is not a PostgreSQL URL" in str(refused.value)


def test_the_sqlite_forms_the_queries_use_mean_the_same_on_postgresql(postgres):
    db = PostgresDatabase(postgres.create_database()).open()
    db.execute("INSERT INTO blob_refs VALUES (?, ?)", ("digest", "owner"))
    db.execute("INSERT OR IGNORE INTO blob_refs VALUES (?, ?)", ("digest", "owner"))
    assert db.execute("SELECT count(*) FROM blob_refs").fetchone() == (1,)

    values = db.execute("SELECT '?%' || ?, max(?, 2), min(?, 2)", ("x", 3, 3)).fetchone()
    assert tuple(values) == ("?%x", 3, 2)
    assert db.execute("SELECT 'Gallery' LIKE ?", ("gall%",)).fetchone() == (True,)
    document = '{"a": {"done": false, "n": 7, "s": "x"}}'
    found = db.execute(
        "SELECT json_extract(?, '$.a.done') = ?, json_extract(?, '$.a.n') = ?, "
        "json_extract(?, '$.a.s') = ?",
        (document, False, document, 7, document, "x"),
    ).fetchone()
    assert tuple(found) == (True, True, True)
    inserted = db.execute(
        "INSERT INTO audit (time, principal, method, resource, resource_key, outcome, "
        "request_id) VALUES ('t', 'p', 'm', 'r', 'r', 'OK', '')"
    )
    assert inserted.lastrowid == 1
