"""Checks shared by every resource: names, regions, tags, dates, URIs."""

import re
from datetime import datetime
from urllib.parse import urlsplit

from imagegallery_server.domain import regions
from imagegallery_server.domain.errors import Violations

MAX_TAGS = 50
MAX_DESCRIPTION = 2048
MAX_URI = 2048
MAX_EULA = 16384
MAX_TAG_KEY = 512
MAX_TAG_VALUE = 256
_TAG_KEY_FORBIDDEN = set("<>%&\\?/")


def check_name(value: str, field: str, pattern: re.Pattern[str], rule: str, v: Violations) -> None:
    if not value:
        v.required(field, "the name")
    elif not (pattern.fullmatch(value) and value.isascii()):
        v.add(field, "INVALID_NAME", f"{value!r} is not a valid name: {rule}")


def check_region(text: str, field: str, v: Violations) -> regions.Region | None:
    """The public-cloud region `text` names, or None after recording why not."""
    if not text:
        v.required(field, "the location")
        return None
    region = regions.lookup(text)
    if region is None:
        v.add(field, "UNKNOWN_REGION", f"{text!r} is not a region of the public cloud")
        return None
    if region.cloud != regions.PUBLIC_CLOUD:
        v.add(
            field,
            "REGION_IN_OTHER_CLOUD",
            f"{region.display_name} ({region.name}) is a region of {region.cloud}; "
            "this service keeps resources in the public cloud (AzureCloud) only",
        )
        return None
    return region


def check_tags(tags: dict[str, str], field: str, v: Violations) -> None:
    if len(tags) > MAX_TAGS:
        v.add(field, "FIELD_INVALID", f"{len(tags)} tags; at most {MAX_TAGS} are allowed")
    for key, value in tags.items():
        if not key or len(key) > MAX_TAG_KEY or set(key) & _TAG_KEY_FORBIDDEN:
            v.add(
                f"{field}[{key!r}]",
                "FIELD_INVALID",
                f"a tag key must be 1 to {MAX_TAG_KEY} characters without any of <>%&\\?/",
            )
        if len(value) > MAX_TAG_VALUE:
            v.add(
                f"{field}[{key!r}]",
                "FIELD_INVALID",
                f"a tag value may be at most {MAX_TAG_VALUE} characters",
            )


def check_future(value: datetime | None, now: datetime, field: str, v: Violations) -> None:
    if value is not None and value <= now:
        v.add(
            field,
            "END_OF_LIFE_IN_PAST",
            f"the end-of-life date {value.isoformat()} must be set to a future date",
        )


def check_uri(value: str, field: str, v: Violations) -> None:
    if not value:
        return
    if len(value) > MAX_URI:
        check_length(value, MAX_URI, field, v)
        return
    try:
        parts = urlsplit(value)
        valid = parts.scheme in ("http", "https") and bool(parts.hostname)
    except ValueError:
        valid = False
    if not valid:
        v.add(field, "FIELD_INVALID", f"{value!r} is not an absolute http(s) URI")


def check_length(value: str, limit: int, field: str, v: Violations) -> None:
    if len(value) > limit:
        v.add(field, "FIELD_INVALID", f"{len(value)} characters; at most {limit} are allowed")
