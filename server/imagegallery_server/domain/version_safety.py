"""Deletion safety of image versions, for their own deletes and for the forced
delete of the definition or gallery above them."""

from collections.abc import Iterator
from datetime import datetime

from imagegallery_server.domain import codec
from imagegallery_server.domain.errors import FailedPrecondition
from imagegallery_server.domain.model import ImageVersion
from imagegallery_server.store import Reader

KIND = "image_version"


def refuse_before_end_of_life(version: ImageVersion, now: datetime) -> None:
    end = version.publishing_profile.end_of_life_date
    if version.safety_profile.block_deletion_before_end_of_life and (end is None or end > now):
        when = end.isoformat() if end else "not set"
        raise FailedPrecondition(
            "DELETION_BLOCKED_BEFORE_END_OF_LIFE",
            f"Deletion of image version {version.name} is not allowed: it blocks deletion "
            f"before its end of life ({when}); clear safety_profile."
            "block_deletion_before_end_of_life or wait.",
            resource=version.name,
            endOfLifeDate=when,
        )


def refuse_blocked_under(tx: Reader, key: str, now: datetime) -> None:
    """A forced delete takes the versions under `key` with it: none may block that."""
    for version in _versions_under(tx, key):
        refuse_before_end_of_life(version, now)


def _versions_under(tx: Reader, key: str) -> Iterator[ImageVersion]:
    after = ""
    while records := tx.under(KIND, key, after=after, limit=500):
        yield from (codec.decode(ImageVersion, record.body) for record in records)
        after = records[-1].key
