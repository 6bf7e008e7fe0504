"""Operators' maintenance: scrubbing replicas and rehearsing failures, checked
here and carried out by the replication engine (given as `ReplicaCare`)."""

from dataclasses import dataclass, field
from typing import Any, Protocol

from imagegallery_server.domain import names, regions, validation
from imagegallery_server.domain.errors import Violations
from imagegallery_server.domain.publishing import NO_ZONE, ZONES


@dataclass
class RegionConditions:
    region: str = ""
    throttle_bytes_per_second: int = 0  # 0: no limit
    down: bool = False
    zones_down: list[str] = field(default_factory=list)


class ReplicaCare(Protocol):
    """What the replication engine does for maintenance."""

    async def scrub(self, scope_key: str) -> tuple[int, list[str]]: ...
    def conditions_of(self, region: str) -> Any: ...
    async def set_conditions(self, conditions: Any) -> Any: ...


class Maintenance:
    def __init__(self, care: ReplicaCare, make_conditions: Any) -> None:
        self._care = care
        self._make = make_conditions  # builds the engine's conditions from ours

    async def scrub(self, scope: str) -> tuple[int, list[str]]:
        return await self._care.scrub(names.parse_watch_scope(scope, "scope"))

    def get(self, region_text: str) -> RegionConditions:
        region = _region(region_text, "region")
        return _ours(self._care.conditions_of(region.name))

    async def update(self, conditions: RegionConditions) -> RegionConditions:
        v = Violations()
        region = validation.check_region(conditions.region, "conditions.region", v)
        if conditions.throttle_bytes_per_second < 0:
            v.add("conditions.throttle_bytes_per_second", "FIELD_INVALID", "cannot be negative")
        zones = ZONES if region and region.has_availability_zones else (NO_ZONE,)
        for index, zone in enumerate(conditions.zones_down):
            if zone not in zones:
                v.add(
                    f"conditions.zones_down[{index}]",
                    "FIELD_INVALID",
                    f"{zone!r} is not a zone of {region.name if region else 'the region'} "
                    f"(its zones: {', '.join(zones)})",
                )
        v.raise_if_any()
        assert region is not None
        applied = await self._care.set_conditions(
            self._make(
                region=region.name,
                throttle_bytes_per_second=conditions.throttle_bytes_per_second or None,
                down=conditions.down,
                zones_down=frozenset(conditions.zones_down),
            )
        )
        return _ours(applied)


def _region(text: str, field_path: str) -> regions.Region:
    v = Violations()
    region = validation.check_region(text, field_path, v)
    v.raise_if_any()
    assert region is not None
    return region


def _ours(conditions: Any) -> RegionConditions:
    return RegionConditions(
        region=conditions.region,
        throttle_bytes_per_second=int(conditions.throttle_bytes_per_second or 0),
        down=conditions.down,
        zones_down=sorted(conditions.zones_down),
    )
