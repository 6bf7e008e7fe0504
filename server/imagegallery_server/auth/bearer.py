"""The bearer token of a call, read from its "authorization" metadata."""

import functools
import re
from collections.abc import Iterable

from imagegallery_server.domain.errors import Unauthenticated

SCHEME = "bearer "
_SPACE = re.compile(r"\s")


def token_of(metadata: Iterable[tuple[str, str | bytes]]) -> str:
    """The token, or UNAUTHENTICATED saying what is wrong without echoing it."""
    found: str | bytes | None = None
    for key, value in metadata:
        if key == "authorization":
            if found is not None:
                raise _malformed()
            found = value
    if found is None:
        raise Unauthenticated(
            "TOKEN_MISSING",
            'The call carries no "authorization: Bearer <token>" metadata; the server '
            "administrator's token is in <data-dir>/owner-token.",
        )
    return _token_in(found)


@functools.lru_cache(maxsize=1024)  # a client sends the same value on every call
def _token_in(value: str | bytes) -> str:
    text = value.decode(errors="replace") if isinstance(value, bytes) else value
    token = text[len(SCHEME) :].strip() if text[: len(SCHEME)].lower() == SCHEME else ""
    if not token or _SPACE.search(token):
        raise _malformed()
    return token


def _malformed() -> Unauthenticated:
    return Unauthenticated(
        "TOKEN_MALFORMED",
        'The authorization metadata must be sent once, as "Bearer " followed by the token.',
    )
