"""Rehearsed failures: slow links, regions down, zones down, copies damaged — for real.

A zone that is down has its folder moved aside (`<region root>/.<zone>.down`), so
the server cannot read its replicas, not merely a flag; bringing it up moves it
back. A region that is down has every zone folder moved aside (its root may be a
mount point, which cannot be moved). Copies to a place that is down wait, without
using up their attempts. A damaged copy has one byte flipped as it is read, before
its proof sees it, as a bad link would: the copy is refused and made again."""

import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from imagegallery_server.content import Layout, Link

# The zone folders a region may have ("0" in a region without zones).
EVERY_ZONE = frozenset({"0", "1", "2", "3"})


@dataclass(frozen=True)
class RegionConditions:
    region: str
    throttle_bytes_per_second: float | None = None
    down: bool = False
    zones_down: frozenset[str] = field(default_factory=frozenset)


class Conditions:
    def __init__(
        self,
        layout: Layout,
        initial: list[RegionConditions],
        damaged_copies: dict[str, int] | None = None,
    ) -> None:
        self._layout = layout
        self._regions: dict[str, RegionConditions] = {}
        self._initial = initial
        self._damaged_copies = dict(damaged_copies or {})  # region → copies still to damage
        self._damage_lock = threading.Lock()  # copies ask from their own threads
        self._links: dict[str, Link] = {}
        self._link_lock = threading.Lock()

    def of(self, region: str) -> RegionConditions:
        return self._regions.get(region, RegionConditions(region))

    def all(self) -> list[RegionConditions]:
        return [self._regions[region] for region in sorted(self._regions)]

    def link(self, region: str) -> Link | None:
        """The region's bandwidth as copies share it, if it is throttled."""
        rate = self.of(region).throttle_bytes_per_second
        if rate is None:
            return None
        with self._link_lock:  # copies ask from their own threads
            link = self._links.get(region)
            if link is None or link.bytes_per_second != rate:
                link = self._links[region] = Link(rate)
            return link

    def is_down(self, region: str, zone: str) -> bool:
        conditions = self.of(region)
        return conditions.down or zone in conditions.zones_down

    def damage_for_next_copy(self, region: str) -> Callable[[memoryview], None] | None:
        """How the next copy to `region` is damaged as it is read, if it is to be."""
        with self._damage_lock:
            if self._damaged_copies.get(region, 0) <= 0:
                return None
            self._damaged_copies[region] -= 1
        return _flip_one_byte()

    def reconcile(self, regions: list[str]) -> None:
        """At start: zones left aside by an earlier run come back, unless configured down."""
        for region in regions:
            root = self._layout.region_root(region)
            if root.is_dir():
                for aside in root.glob(".*.down"):
                    self._bring_back(region, aside.name[1:].removesuffix(".down"))
        for conditions in self._initial:
            self.set(conditions)

    def set(self, conditions: RegionConditions) -> RegionConditions:
        """Applies `conditions` to its region (moving zone folders) and returns them."""
        before, after = _aside(self.of(conditions.region)), _aside(conditions)
        for zone in sorted(after - before):
            self._move_aside(conditions.region, zone)
        for zone in sorted(before - after):
            self._bring_back(conditions.region, zone)
        self._regions[conditions.region] = replace(conditions)
        return conditions

    def _move_aside(self, region: str, zone: str) -> None:
        root = self._layout.region_root(region)
        if (root / zone).is_dir():
            os.replace(root / zone, root / f".{zone}.down")

    def _bring_back(self, region: str, zone: str) -> None:
        root = self._layout.region_root(region)
        aside = root / f".{zone}.down"
        if aside.is_dir() and not (root / zone).exists():
            os.replace(aside, root / zone)


def _aside(conditions: RegionConditions) -> frozenset[str]:
    """The zone folders that `conditions` keep out of the server's reach."""
    return EVERY_ZONE if conditions.down else conditions.zones_down


def _flip_one_byte() -> Callable[[memoryview], None]:
    flipped = False

    def damage(piece: memoryview) -> None:
        nonlocal flipped
        if not flipped and len(piece):
            piece[0] ^= 0xFF
            flipped = True

    return damage
