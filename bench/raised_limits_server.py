"""`imagegallery serve` with gRPC core's pending-call limits raised under the keys
core actually reads — a what-if for the watch benchmark, not a way to run the
service.

The server's options name "grpc.max_pending_requests", which gRPC core does not
read; core reads "grpc.server.max_pending_requests" (a soft limit, default 1000
calls that arrived but that the application has not yet taken) and
"grpc.server.max_pending_requests_hard_limit" (default 3000), refusing calls at
random between the two. This launcher replaces the option with those two keys
(set high: a 0 there would refuse every call that has to wait) and then runs the
server exactly as `python -m imagegallery_server` would.

    python bench/raised_limits_server.py serve --listen 127.0.0.1:0 --data-dir DIR
"""

import runpy

from imagegallery_server import app

RAISED = [
    ("grpc.server.max_pending_requests", 1_000_000),
    ("grpc.server.max_pending_requests_hard_limit", 1_000_000),
]

app.SERVER_OPTIONS[:] = [
    option for option in app.SERVER_OPTIONS if "max_pending_requests" not in option[0]
] + RAISED

if __name__ == "__main__":
    runpy.run_module("imagegallery_server", run_name="__main__", alter_sys=True)
