"""Prints the replication status of everything under a scope as it changes; the
watch resumes across disconnects by itself.

    IMAGEGALLERY_ADDRESS=127.0.0.1:50051 IMAGEGALLERY_TOKEN=igt_... \\
        python watch.py [--scope RESOURCE_ID] [--until-completed] [--timeout SECONDS]

With --until-completed it exits 0 once every version it has seen is Completed
(after the initial state), and 1 if one failed; with --timeout it gives up after
that long (exit 2 when it was waiting for versions to complete).
"""

import argparse
import os
import sys
import threading
import time

import grpc
from imagegallery.client import Client
from imagegallery.errors import ImageGalleryError
from imagegallery.v1 import image_version_service_pb2 as version_pb
from imagegallery.v1 import replication_service_pb2 as replication_pb

COMPLETED = version_pb.AGGREGATED_REPLICATION_STATE_COMPLETED
FAILED = version_pb.AGGREGATED_REPLICATION_STATE_FAILED


def show(change: replication_pb.VersionReplicationStatus) -> None:
    now = time.strftime("%H:%M:%S")
    if change.deleted:
        print(f"{now} {change.image_version} deleted", flush=True)
        return
    state = version_pb.AggregatedReplicationState.Name(change.status.aggregated_state)
    print(f"{now} {change.image_version} {state}")
    for region in change.status.summary:
        print(
            f"    {region.region:<12} {version_pb.ReplicationState.Name(region.state):<28}"
            f" {region.progress:3d}%  {region.replicas_completed}/{region.replica_count} replicas"
        )
    sys.stdout.flush()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scope", default="", help="a version, definition, gallery, ...")
    parser.add_argument("--until-completed", action="store_true")
    parser.add_argument("--timeout", type=float, default=0, help="seconds; 0: never")
    args = parser.parse_args()

    address = os.environ.get("IMAGEGALLERY_ADDRESS", "127.0.0.1:50051")
    client = Client(address, token=os.environ.get("IMAGEGALLERY_TOKEN"))
    timed_out = threading.Event()

    def give_up() -> None:
        timed_out.set()  # before the stream is cancelled, so that its error reads as this
        client.close()

    timer = threading.Timer(args.timeout, give_up)
    if args.timeout:
        timer.start()

    def reconnecting(error: ImageGalleryError, reread: bool) -> None:
        print(f"reconnecting (re-reading the state: {reread}): {error}", file=sys.stderr)

    pending: set[str] = set()  # versions seen, not Completed yet
    ready = False  # the initial state has been sent
    try:
        for message in client.watch(args.scope, send_initial_state=True, on_reconnect=reconnecting):
            if message.HasField("checkpoint") and message.checkpoint.initial_state_done:
                ready = True
            if message.HasField("change"):
                change = message.change
                show(change)
                state = change.status.aggregated_state
                if change.deleted or state == COMPLETED:
                    pending.discard(change.image_version)
                elif state == FAILED and args.until_completed:
                    return 1
                else:
                    pending.add(change.image_version)
            if args.until_completed and ready and not pending:
                return 0
    except ImageGalleryError as error:
        if timed_out.is_set() and error.code == grpc.StatusCode.CANCELLED:
            print(f"timed out after {args.timeout:g} s", file=sys.stderr)
            return 2 if args.until_completed else 0
        print(f"failed: {error}", file=sys.stderr)
        return 1
    finally:
        timer.cancel()
        client.close()
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)
