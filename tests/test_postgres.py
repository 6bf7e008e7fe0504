"""PostgreSQL as the tests run it: a real server of the machine's own package."""

import psycopg
import pytest
from imagegallery_server.testing_postgres import running_cluster


def test_each_database_is_new_and_served_on_loopback(postgres):
    first, second = postgres.create_database(), postgres.create_database()
    assert first != second
    with psycopg.connect(first) as connection:
        connection.execute("CREATE TABLE t (x INTEGER)")
        (address,) = connection.execute("SELECT inet_server_addr()").fetchone()
        assert str(address) == "127.0.0.1"
    with psycopg.connect(second) as connection:
        tables = connection.execute("SELECT count(*) FROM pg_tables WHERE tablename = 't'")
        assert tables.fetchone() == (0,)


def test_a_cluster_is_stopped_and_removed_at_the_end():
    with running_cluster() as cluster, psycopg.connect(cluster.dsn()) as connection:
        assert connection.execute("SELECT 1").fetchone() == (1,)
    assert not cluster.root.exists()
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(cluster.dsn(), connect_timeout=5)
