"""Planning: which version and replica a virtual machine is deployed from, whether
a scale set may switch images, how many replicas a load needs, and what a version
costs. SPEC.md's "Deploying from the gallery" and "Scaling and billing guidance".

Nothing here writes: the catalog is read through ImageDefinitions and ImageVersions.
The one state kept is how many deployments each replica was handed, in memory, per
(version, region): it spreads successive resolutions over a region's replicas and
starts afresh when the server does.
"""

import json
import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import Enum, auto
from fractions import Fraction

from imagegallery_server.domain import features, names, publishing, validation
from imagegallery_server.domain.errors import (
    FailedPrecondition,
    InvalidArgument,
    NotFound,
    Unavailable,
    Violation,
    Violations,
)
from imagegallery_server.domain.image_definitions import ImageDefinitions
from imagegallery_server.domain.image_versions import MAX_PART, NAME_PATTERN, ImageVersions
from imagegallery_server.domain.limits import Limits
from imagegallery_server.domain.model import (
    Architecture,
    DiskControllerType,
    DiskType,
    HyperVGeneration,
    ImageDefinition,
    ImageVersion,
    OsState,
    ProvisioningState,
    PublishingProfile,
    ReplicationMode,
    ReplicationState,
    ResourceRange,
    StorageAccountType,
    StorageProfile,
)
from imagegallery_server.domain.regions import Region
from imagegallery_server.domain.resources import Clock, parse_into
from imagegallery_server.domain.sharing import Sharing, disguised
from imagegallery_server.domain.uploads import MAX_DISK_BYTES

LATEST = "latest"
VMS_PER_REPLICA = 20
INSTANCES_PER_REPLICA = 600
MAX_MARGIN = 10  # 1,000 % more replicas
GiB = 2**30
INT32_MAX = 2**31 - 1
PROPOSED_PROFILE = "proposed.publishing_profile"


class WarningReason(Enum):
    """PlanningWarningReason of the contract, by name."""

    V_CPUS_OUTSIDE_RECOMMENDED = auto()
    MEMORY_OUTSIDE_RECOMMENDED = auto()
    EXCLUDED_FROM_LATEST = auto()
    DEFINITION_PAST_END_OF_LIFE = auto()
    ABOVE_REPLICA_LIMIT = auto()
    REGION_NOT_TARGETED = auto()


@dataclass(frozen=True)
class PlanningWarning:
    reason: WarningReason
    field: str
    message: str


@dataclass
class VirtualMachineSpec:
    v_cpus: int = 0
    memory_gb: float = 0.0
    os_disk_type: DiskType | None = None
    has_os_profile: bool = False
    security_type: features.VirtualMachineSecurityType | None = None
    accelerated_networking: bool = False
    disk_controller_type: DiskControllerType | None = None
    hibernation_enabled: bool = False


@dataclass(frozen=True)
class ReplicaChoice:
    region: str
    index: int
    zones: tuple[str, ...]
    storage_account_type: StorageAccountType | None
    region_replicas: int

    @property
    def id(self) -> str:
        return f"{self.region}/{self.index}"


@dataclass(frozen=True)
class Deployment:
    image_version: str
    replica: ReplicaChoice
    warnings: list[PlanningWarning]
    replication_mode: ReplicationMode


@dataclass(frozen=True)
class ImageMismatch:
    field: str
    current: str
    target: str


@dataclass(frozen=True)
class ImageSwitch:
    allowed: bool
    mismatches: list[ImageMismatch]
    current_image_version: str
    target_image_version: str


@dataclass(frozen=True)
class Recommendation:
    replicas: int
    unlimited_replicas: int
    vm_replicas: int
    scale_set_replicas: int
    replica_limit: int
    warnings: list[PlanningWarning]


@dataclass(frozen=True)
class RegionalLoad:
    region: str
    concurrent_vms: int = 0
    scale_set_instances: tuple[int, ...] = ()


@dataclass(frozen=True)
class RegionalReplicaComparison:
    region: str
    replica_count: int
    replicas_completed: int
    recommended_replicas: int
    change: int
    warnings: list[PlanningWarning]


@dataclass(frozen=True)
class ReplicaComparison:
    image_version: str
    regions: list[RegionalReplicaComparison]


@dataclass
class ProposedDisk:
    size_bytes: int = 0
    occupied_bytes: int = 0


@dataclass
class ProposedImageVersion:
    location: str = ""
    publishing_profile: PublishingProfile = field(default_factory=PublishingProfile)
    os_disk: ProposedDisk | None = None
    data_disks: list[ProposedDisk] = field(default_factory=list)


@dataclass
class PriceTable:
    currency: str = ""
    storage_per_gib_month: dict[str, float] = field(default_factory=dict)
    default_storage_per_gib_month: float = 0.0
    egress_per_gib: float = 0.0


@dataclass
class RegionalCost:
    region: str
    replicas: int
    storage_account_type: StorageAccountType | None
    storage_bytes: int
    storage_gib: float
    egress_bytes: int
    egress_gib: float
    storage_cost_per_month: float | None = None
    egress_cost: float | None = None


@dataclass
class CostTotal:
    replicas: int = 0
    storage_bytes: int = 0
    storage_gib: float = 0.0
    egress_bytes: int = 0
    egress_gib: float = 0.0
    storage_cost_per_month: float | None = None
    egress_cost: float | None = None


@dataclass
class CostEstimate:
    image_version: str
    source_region: str
    occupied_bytes_per_replica: int
    regions: list[RegionalCost]
    total: CostTotal
    currency: str


class Planning:
    def __init__(
        self,
        definitions: ImageDefinitions,
        versions: ImageVersions,
        limits: Limits,
        clock: Clock,
        sharing: Sharing,
        prices: PriceTable | None = None,
    ) -> None:
        """`prices`: the operator's price table, used when a request brings none."""
        self._sharing = sharing
        self._definitions = definitions
        self._versions = versions
        self._prices = prices
        self._limits = limits
        self._clock = clock
        # Deployments handed to each replica index, per (version key, region).
        self._handed: dict[tuple[str, str], Counter[int]] = {}

    # Deploying

    def resolve(
        self,
        definition_text: str,
        version_text: str,
        region_text: str,
        vm: VirtualMachineSpec | None,
        v: Violations,
    ) -> Deployment:
        """`_resolve`, also for a definition named through sharing: the answer (or
        refusal) then names the shared version."""
        owner, alias = self._sharing.owner_name(definition_text, "image_definition")
        with disguised(alias):
            deployment = self._resolve(owner, version_text, region_text, vm, v)
        if alias is None:
            return deployment
        warnings = [replace(w, message=alias.disguise(w.message)) for w in deployment.warnings]
        return replace(
            deployment, image_version=alias.show(deployment.image_version), warnings=warnings
        )

    def _resolve(
        self,
        definition_text: str,
        version_text: str,
        region_text: str,
        vm: VirtualMachineSpec | None,
        v: Violations,
    ) -> Deployment:
        """The version and replica to deploy `vm` from in the region, or a refusal:
        arguments first (the VM against the definition), then the version's state.
        `v` holds what the edge already found wrong."""
        definition_name = parse_into(
            v, names.parse_image_definition, definition_text, "image_definition"
        )
        asked = version_text or LATEST
        latest = asked.lower() == LATEST
        if not latest and not _is_version_name(asked):
            v.add(
                "version",
                "FIELD_INVALID",
                f"{asked!r} is neither 'latest' nor a version name Major.Minor.Patch "
                "(each part 0 to 2147483647 without leading zeros)",
            )
        region = validation.check_region(region_text, "region", v)
        if vm is None:
            v.required("vm", "the virtual machine to create")
        else:
            _check_vm(vm, v)
        v.raise_if_any()
        assert region is not None and vm is not None
        definition = self._definitions.get(str(definition_name))
        _check_vm_against(definition, vm)
        now = self._clock()
        if latest:
            version = self._latest_in(definition, region.name)
        else:
            version = self._versions.get_full(f"{definition.name}/versions/{asked}", full=True)
            _check_deployable(version, region.name, now, lambda: self._instead(definition, region))
        warnings = _vm_warnings(definition, vm)
        if definition.end_of_life_date is not None and definition.end_of_life_date <= now:
            warnings.append(
                PlanningWarning(
                    WarningReason.DEFINITION_PAST_END_OF_LIFE,
                    "image_definition",
                    f"the image definition {definition.name} reached its end of life on "
                    f"{definition.end_of_life_date.isoformat()}",
                )
            )
        if not latest:
            warnings += _exclusion_warnings(version, region.name)
        replica = self._next_replica(version, region.name)
        mode = version.publishing_profile.replication_mode or ReplicationMode.FULL
        return Deployment(version.name, replica, warnings, mode)

    def _instead(self, definition: ImageDefinition, region: Region) -> str:
        """Advice for a version that may not be deployed: the latest one, if any."""
        try:
            latest = self._versions.latest(definition.name, region.name, full=False)
        except NotFound:
            return f"No version of {definition.name} qualifies as latest in {region.name} either."
        return f"Use a newer version: {latest.name} is the latest in {region.name}."

    def _latest_in(self, definition: ImageDefinition, region: str) -> ImageVersion:
        """Per-region latest; when a version qualifies overall but none in the
        region, the refusal is Azure's "not available in region" for that version."""
        try:
            return self._versions.latest(definition.name, region, full=True)
        except NotFound as error:
            if error.reason != "NO_LATEST_VERSION":
                raise
            try:
                overall = self._versions.latest(definition.name, "", full=True)
            except NotFound:
                raise error from None
            raise _not_replicated(overall, region, _region_state(overall, region)) from None

    def _next_replica(self, version: ImageVersion, region: str) -> ReplicaChoice:
        """The least used of the region's servable replicas (the lowest index on a tie)."""
        target = next(t for t in version.publishing_profile.target_regions if t.name == region)
        if publishing.is_shallow(version.publishing_profile):
            return ReplicaChoice(region, 0, (), target.storage_account_type, 1)  # the source
        copies = [p for p in publishing.plan(version.publishing_profile) if p.region == region]
        servable = self._versions.servable_replicas(version.name, region)
        indexes = sorted({p.replica for p in copies} & servable)
        if not indexes:
            raise Unavailable(
                "REPLICA_UNAVAILABLE",
                f"No replica of {version.name} in {region} can serve now: its zones (or the "
                "region) are down. Retry later, or deploy in another region.",
                resource=version.name,
                region=region,
            )
        handed = self._handed.setdefault((names.key(version.name), region), Counter())
        index = min(indexes, key=lambda i: (handed[i], i))
        handed[index] += 1
        zones = sorted(
            p.zone for p in copies if p.replica == index and p.zone != publishing.NO_ZONE
        )
        region_replicas = len({p.replica for p in copies})
        return ReplicaChoice(
            region, index, tuple(zones), target.storage_account_type, region_replicas
        )

    # Scale sets

    def check_switch(self, current_text: str, target_text: str) -> ImageSwitch:
        v = Violations()
        current_name = _parse_image(current_text, "current_image", v)
        target_name = _parse_image(target_text, "target_image", v)
        v.raise_if_any()
        assert current_name is not None and target_name is not None  # else raised
        current_definition, current = self._image(current_name)
        target_definition, target = self._image(target_name)
        found = mismatches(current_definition, current, target_definition, target)
        return ImageSwitch(not found, found, current.name, target.name)

    def _image(
        self, name: names.ImageVersionName | names.ImageDefinitionName
    ) -> tuple[ImageDefinition, ImageVersion]:
        """A version named, or a definition's latest version."""
        if isinstance(name, names.ImageVersionName):
            version = self._versions.get(str(name))
            return self._definitions.get(str(name.definition_name)), version
        definition = self._definitions.get(str(name))
        return definition, self._versions.latest(definition.name, "", full=False)

    # Replicas

    def recommend(
        self, concurrent_vms: int, scale_set_instances: Sequence[int], margin: float, limit: int
    ) -> Recommendation:
        v = Violations()
        check_load(concurrent_vms, scale_set_instances, "", v)
        check_margin(margin, "margin", v)
        check_limit(limit, "replica_limit", v)
        v.raise_if_any()
        return recommend(
            concurrent_vms, scale_set_instances, margin, limit or self._limits.replicas
        )

    def compare(
        self, version_text: str, loads: Sequence[RegionalLoad], margin: float, limit: int
    ) -> ReplicaComparison:
        """The version's replicas in each target region (and each region given a
        load) beside the recommendation for that region's load."""
        v = Violations()
        name = parse_into(v, names.parse_image_version, version_text, "image_version")
        by_region: dict[str, RegionalLoad] = {}
        for index, load in enumerate(loads):
            path = f"loads[{index}]"
            region = validation.check_region(load.region, f"{path}.region", v)
            check_load(load.concurrent_vms, load.scale_set_instances, f"{path}.", v)
            if region is not None and region.name in by_region:
                v.add(
                    f"{path}.region",
                    "DUPLICATE_VALUE",
                    f"{load.region!r} is {region.name}, given a load already",
                )
            elif region is not None:
                by_region[region.name] = replace(load, region=region.name)
        check_margin(margin, "margin", v)
        check_limit(limit, "replica_limit", v)
        v.raise_if_any()
        version = self._versions.get_full(str(name), full=True)
        limit = limit or self._limits.replicas
        targets = {t.name: t for t in version.publishing_profile.target_regions}
        completed = {
            s.region: s.replicas_completed
            for s in (version.replication_status.summary if version.replication_status else [])
        }
        regions = [*targets, *(r for r in by_region if r not in targets)]
        compared = []
        for region_name in regions:
            load = by_region.get(region_name, RegionalLoad(region_name))
            advice = recommend(load.concurrent_vms, load.scale_set_instances, margin, limit)
            current = targets[region_name].regional_replica_count if region_name in targets else 0
            warnings = list(advice.warnings)
            if region_name not in targets:
                warnings.append(
                    PlanningWarning(
                        WarningReason.REGION_NOT_TARGETED,
                        f"loads[{list(by_region).index(region_name)}].region",
                        f"{version.name} is not replicated to {region_name}; add it to the "
                        "target regions to deploy there",
                    )
                )
            compared.append(
                RegionalReplicaComparison(
                    region_name,
                    current,
                    completed.get(region_name, 0),
                    advice.replicas,
                    advice.replicas - current,
                    warnings,
                )
            )
        return ReplicaComparison(version.name, compared)

    # Cost

    def estimate_cost(
        self, version_text: str, proposed: ProposedImageVersion | None, prices: PriceTable | None
    ) -> CostEstimate:
        v = Violations()
        if version_text and proposed is not None:
            v.add(
                "proposed",
                "FIELD_INVALID",
                "give an image_version or a proposed one, not both",
            )
        elif not version_text and proposed is None:
            v.required("image_version", "an image version (or a proposed one)")
        name = None
        if version_text:
            name = parse_into(v, names.parse_image_version, version_text, "image_version")
        location, profile, occupied = "", PublishingProfile(), 0
        if proposed is not None:
            location, profile, occupied = self._proposal(proposed, v)
        if prices is not None:
            prices = _check_prices(prices, v)
        v.raise_if_any()
        prices = prices or self._prices
        if name is not None:
            version = self._versions.get(str(name))
            location, profile = version.location, version.publishing_profile
            occupied = _occupied(version.storage_profile)
        return estimate(str(name or ""), location, profile, occupied, prices)

    def _proposal(
        self, proposed: ProposedImageVersion, v: Violations
    ) -> tuple[str, PublishingProfile, int]:
        region = validation.check_region(proposed.location, "proposed.location", v)
        location = region.name if region else ""
        problems = Violations()
        profile = publishing.normalize(
            proposed.publishing_profile,
            location,
            self._limits.replicas,
            publishing.EVERY_REGION_ALLOWED,
            problems,
        )
        for item in problems.items:
            path = item.field.replace(publishing.FIELD, PROPOSED_PROFILE, 1)
            v.add(path, item.reason, item.description)
        if proposed.os_disk is None:
            v.required("proposed.os_disk", "the OS disk")
        disks = [("proposed.os_disk", proposed.os_disk)] if proposed.os_disk else []
        disks += [(f"proposed.data_disks[{i}]", d) for i, d in enumerate(proposed.data_disks)]
        for path, disk in disks:
            _check_disk(disk, path, v)
        return location, profile, sum(d.occupied_bytes for _, d in disks)


def recommend(
    concurrent_vms: int, scale_set_instances: Sequence[int], margin: float, limit: int
) -> Recommendation:
    """⌈VMs/20⌉ + Σ⌈instances/600⌉, times (1 + margin), rounded up, at least 1;
    above `limit`, the limit with a warning."""
    vm_replicas = _ceil_div(concurrent_vms, VMS_PER_REPLICA)
    scale_set_replicas = sum(_ceil_div(n, INSTANCES_PER_REPLICA) for n in scale_set_instances)
    needed = math.ceil((vm_replicas + scale_set_replicas) * (1 + _exact(margin)))
    unlimited = min(max(1, needed), INT32_MAX)
    warnings = []
    if unlimited > limit:
        warnings.append(
            PlanningWarning(
                WarningReason.ABOVE_REPLICA_LIMIT,
                "replica_limit",
                f"the load needs {unlimited} replicas, above the limit of {limit} per region; "
                f"keep {limit}, or spread the deployments over time or over more regions",
            )
        )
    return Recommendation(
        min(unlimited, limit),
        unlimited,
        min(vm_replicas, INT32_MAX),
        min(scale_set_replicas, INT32_MAX),
        limit,
        warnings,
    )


def mismatches(
    current_definition: ImageDefinition,
    current: ImageVersion,
    target_definition: ImageDefinition,
    target: ImageVersion,
) -> list[ImageMismatch]:
    """What a scale set cannot change by switching images: OS type, Hyper-V
    generation, architecture, the data disks (each LUN and its size), and the
    definitions' features."""
    found = [
        ImageMismatch(name, str(a), str(b))
        for name, a, b in [
            ("os_type", current_definition.os_type, target_definition.os_type),
            (
                "hyper_v_generation",
                current_definition.hyper_v_generation or HyperVGeneration.V1,
                target_definition.hyper_v_generation or HyperVGeneration.V1,
            ),
            (
                "architecture",
                current_definition.architecture or Architecture.X64,
                target_definition.architecture or Architecture.X64,
            ),
        ]
        if a != b
    ]
    before, after = _data_disks(current.storage_profile), _data_disks(target.storage_profile)
    for lun in sorted(set(before) | set(after)):
        if before.get(lun) != after.get(lun):
            found.append(
                ImageMismatch(
                    f"data_disk_images[lun={lun}]",
                    _disk_size(before.get(lun)),
                    _disk_size(after.get(lun)),
                )
            )
    found += [
        ImageMismatch(*difference)
        for difference in features.differences(current_definition, target_definition)
    ]
    return found


def estimate(
    name: str,
    location: str,
    profile: PublishingProfile,
    occupied: int,
    prices: PriceTable | None,
) -> CostEstimate:
    """Storage: the occupied size per replica, in every region. Egress: the first
    copy from the source region to each other region (the other replicas of a
    region are copied inside it)."""
    regions = []
    total = CostTotal()
    for target in profile.target_regions:
        replicas = publishing.replicas_in(profile, target)
        stored = occupied * replicas
        sent = occupied if target.name != location else 0
        cost = RegionalCost(
            target.name,
            replicas,
            target.storage_account_type,
            stored,
            stored / GiB,
            sent,
            sent / GiB,
        )
        if prices is not None:
            price = prices.storage_per_gib_month.get(
                target.name, prices.default_storage_per_gib_month
            )
            cost.storage_cost_per_month = _money(stored, price)
            cost.egress_cost = _money(sent, prices.egress_per_gib)
        regions.append(cost)
        total.replicas += replicas
        total.storage_bytes += stored
        total.egress_bytes += sent
    total.storage_gib = total.storage_bytes / GiB
    total.egress_gib = total.egress_bytes / GiB
    if prices is not None:
        total.storage_cost_per_month = _sum_money([r.storage_cost_per_month for r in regions])
        total.egress_cost = _sum_money([r.egress_cost for r in regions])
    currency = prices.currency if prices is not None else ""
    return CostEstimate(name, location, occupied, regions, total, currency)


def check_load(
    concurrent_vms: int, scale_set_instances: Sequence[int], prefix: str, v: Violations
) -> None:
    if concurrent_vms < 0:
        v.add(f"{prefix}concurrent_vms", "FIELD_INVALID", f"{concurrent_vms} is negative")
    for index, instances in enumerate(scale_set_instances):
        if instances < 0:
            v.add(
                f"{prefix}scale_set_instances[{index}]",
                "FIELD_INVALID",
                f"{instances} is negative",
            )


def check_margin(margin: float, path: str, v: Violations) -> None:
    if not (math.isfinite(margin) and 0 <= margin <= MAX_MARGIN):
        v.add(
            path,
            "FIELD_INVALID",
            f"{margin} is not a margin from 0 to {MAX_MARGIN} (0.2 asks for 20 % more replicas)",
        )


def check_limit(limit: int, path: str, v: Violations) -> None:
    if limit < 0:
        v.add(path, "FIELD_INVALID", f"{limit} is negative; 0 means the server's limit")


def _is_version_name(text: str) -> bool:
    return bool(NAME_PATTERN.fullmatch(text)) and all(
        int(part) <= MAX_PART for part in text.split(".")
    )


def _check_vm(vm: VirtualMachineSpec, v: Violations) -> None:
    if vm.v_cpus < 0:
        v.add("vm.v_cpus", "FIELD_INVALID", f"{vm.v_cpus} is negative; 0 means unknown")
    if not (math.isfinite(vm.memory_gb) and vm.memory_gb >= 0):
        v.add("vm.memory_gb", "FIELD_INVALID", f"{vm.memory_gb} is not a size in GiB")


def _check_vm_against(definition: ImageDefinition, vm: VirtualMachineSpec) -> None:
    """What the definition forbids of the virtual machine, every item at once."""
    v = Violations()
    if vm.os_disk_type is not None and vm.os_disk_type in definition.disallowed_disk_types:
        allowed = ", ".join(t.value for t in DiskType if t not in definition.disallowed_disk_types)
        v.add(
            "vm.os_disk_type",
            "DISK_TYPE_NOT_ALLOWED",
            f"the image definition {definition.name} disallows {vm.os_disk_type.value} disks; "
            f"use one of {allowed}",
        )
    if definition.os_state is OsState.SPECIALIZED and vm.has_os_profile:
        v.add(
            "vm.has_os_profile",
            "OS_PROFILE_NOT_ALLOWED",
            f"{definition.name} is a specialized image: a virtual machine made from it keeps "
            "the source's computer name and accounts and has no osProfile; remove it",
        )
    if definition.os_state is OsState.GENERALIZED and not vm.has_os_profile:
        v.add(
            "vm.has_os_profile",
            "OS_PROFILE_REQUIRED",
            f"{definition.name} is a generalized image: a virtual machine made from it needs "
            "an osProfile (computer name and administrator account)",
        )
    features.check_vm(definition, vm, v)
    v.raise_if_any()


def _check_deployable(
    version: ImageVersion, region: str, now: datetime, instead: Callable[[], str]
) -> None:
    """Refuses a version no VM may be made from here; `instead` says what to use."""
    if version.provisioning_state is ProvisioningState.DELETING:
        raise FailedPrecondition(
            "VERSION_BEING_DELETED",
            f"The image version {version.name} is being deleted; no virtual machine may be "
            "created from it.",
            resource=version.name,
        )
    end = version.publishing_profile.end_of_life_date
    if end is not None and end <= now:
        raise FailedPrecondition(
            "VERSION_PAST_END_OF_LIFE",
            f"The image version {version.name} reached its end of life on {end.isoformat()}; "
            f"no virtual machine may be created from it. {instead()}",
            resource=version.name,
            endOfLifeDate=end.isoformat(),
        )
    state = _region_state(version, region, explicit=True)
    if state != ReplicationState.COMPLETED.value:
        raise _not_replicated(version, region, state)


def _region_state(version: ImageVersion, region: str, explicit: bool = False) -> str:
    """NotTargeted, ExcludedFromLatest (only when asked for "latest"), or the
    region's replication state."""
    profile = version.publishing_profile
    target = next((t for t in profile.target_regions if t.name == region), None)
    if target is None:
        return "NotTargeted"
    if not explicit and target.exclude_from_latest:
        return "ExcludedFromLatest"
    status = version.replication_status
    summary = next((s for s in status.summary if s.region == region), None) if status else None
    state = summary.state if summary else None
    return state.value if state else ReplicationState.REPLICATING.value


_WHY = {
    "NotTargeted": "it is not one of the version's target regions",
    "ExcludedFromLatest": "the version is excluded from latest there",
    "Replicating": "replication there is not complete yet",
    "Failed": "replication there failed",
}


def _not_replicated(version: ImageVersion, region: str, state: str) -> FailedPrecondition:
    return FailedPrecondition(
        "NOT_REPLICATED_TO_REGION",
        f"The gallery image {version.name} is not available in {region} region "
        f"({_WHY.get(state, state)}). Please contact image owner to replicate to this region.",
        resource=version.name,
        region=region,
        state=state,
    )


def _vm_warnings(definition: ImageDefinition, vm: VirtualMachineSpec) -> list[PlanningWarning]:
    warnings = []
    recommended = definition.recommended
    if vm.v_cpus and _outside(vm.v_cpus, recommended.v_cpus):
        warnings.append(
            PlanningWarning(
                WarningReason.V_CPUS_OUTSIDE_RECOMMENDED,
                "vm.v_cpus",
                f"{vm.v_cpus} vCPUs lie outside the {_range(recommended.v_cpus, 'vCPUs')} "
                f"recommended for {definition.name}",
            )
        )
    if vm.memory_gb and _outside(vm.memory_gb, recommended.memory):
        warnings.append(
            PlanningWarning(
                WarningReason.MEMORY_OUTSIDE_RECOMMENDED,
                "vm.memory_gb",
                f"{vm.memory_gb:g} GiB of memory lie outside the "
                f"{_range(recommended.memory, 'GiB')} recommended for {definition.name}",
            )
        )
    return warnings


def _outside(value: float, bounds: ResourceRange) -> bool:
    return bool(bounds.min and value < bounds.min) or bool(bounds.max and value > bounds.max)


def _range(bounds: ResourceRange, unit: str) -> str:
    if bounds.min and bounds.max:
        return f"{bounds.min} to {bounds.max} {unit}"
    return f"at least {bounds.min} {unit}" if bounds.min else f"at most {bounds.max} {unit}"


def _exclusion_warnings(version: ImageVersion, region: str) -> list[PlanningWarning]:
    profile = version.publishing_profile
    target = next(t for t in profile.target_regions if t.name == region)
    if not (profile.exclude_from_latest or target.exclude_from_latest):
        return []
    where = "" if profile.exclude_from_latest else f" in {region}"
    return [
        PlanningWarning(
            WarningReason.EXCLUDED_FROM_LATEST,
            "version",
            f"{version.name} is excluded from latest{where}; it is deployed because it was "
            "named, but 'latest' would not choose it",
        )
    ]


def _parse_image(
    text: str, path: str, v: Violations
) -> names.ImageVersionName | names.ImageDefinitionName | None:
    if not text:
        v.required(path, "an image version or image definition")
        return None
    parse = names.parse_image_version if names.is_image_version(text) else None
    if parse is not None:
        return parse_into(v, parse, text, path)
    return parse_into(v, names.parse_image_definition, text, path)


def _data_disks(storage: StorageProfile) -> dict[int, int]:
    """Each data disk's size in GiB by LUN."""
    return {d.lun: d.size_in_gb for d in storage.data_disk_images}


def _disk_size(size_in_gb: int | None) -> str:
    return "none" if size_in_gb is None else f"{size_in_gb} GiB"


def _occupied(storage: StorageProfile) -> int:
    disks = [storage.os_disk_image, *storage.data_disk_images]
    return sum(d.disk.occupied_bytes for d in disks if d and d.disk)


def _check_disk(disk: ProposedDisk, path: str, v: Violations) -> None:
    if disk.size_bytes <= 0:
        v.add(f"{path}.size_bytes", "FIELD_REQUIRED", "the disk's provisioned size is required")
    elif disk.size_bytes > MAX_DISK_BYTES:
        v.add(
            f"{path}.size_bytes",
            "DISK_TOO_LARGE",
            f"{disk.size_bytes} bytes is above the largest disk, 1 TiB ({MAX_DISK_BYTES} bytes)",
        )
    if disk.occupied_bytes < 0 or (disk.size_bytes > 0 and disk.occupied_bytes > disk.size_bytes):
        v.add(
            f"{path}.occupied_bytes",
            "FIELD_INVALID",
            f"{disk.occupied_bytes} bytes is not from 0 to the disk's size ({disk.size_bytes})",
        )


def load_prices(text: str, origin: str) -> PriceTable:
    """A price table from JSON with PriceTable's fields, checked like a request's."""
    try:
        prices = PriceTable(**json.loads(text))
    except (ValueError, TypeError) as error:
        raise InvalidArgument(
            [Violation("prices", "FIELD_INVALID", f"{origin} is not a price table: {error}")]
        ) from None
    v = Violations()
    prices = _check_prices(prices, v)
    v.raise_if_any()
    return prices


def _check_prices(prices: PriceTable, v: Violations) -> PriceTable:
    """The table with its regions in their short form."""
    by_region = {}
    for key, price in prices.storage_per_gib_month.items():
        path = f"prices.storage_per_gib_month[{key!r}]"
        region = validation.check_region(key, path, v)
        _check_price(price, path, v)
        if region is not None:
            by_region[region.name] = price
    _check_price(prices.default_storage_per_gib_month, "prices.default_storage_per_gib_month", v)
    _check_price(prices.egress_per_gib, "prices.egress_per_gib", v)
    return replace(prices, storage_per_gib_month=by_region)


def _check_price(price: float, path: str, v: Violations) -> None:
    if not (math.isfinite(price) and price >= 0):
        v.add(path, "FIELD_INVALID", f"{price} is not a price (0 or more)")


def _ceil_div(count: int, per: int) -> int:
    return -(-count // per)


def _exact(number: float) -> Fraction:
    """0.2 as 1/5, not as the double nearest to it, so that 5 * 1.2 is 6."""
    return Fraction(repr(number))


def _money(size: int, price: float) -> float:
    return float(Fraction(size, GiB) * _exact(price))


def _sum_money(amounts: list[float | None]) -> float:
    return float(sum((_exact(a) for a in amounts if a is not None), Fraction(0)))
