"""What each RPC needs of its caller, read from its request.

A rule names request fields holding resource names and the permission each
needs. An empty field needs nothing here: nothing can be reached through it,
and the domain refuses it as missing. Methods whose resource is only known
inside the servicer (a stream's first message, an operation's target, a
watch's every change) are checked there. A method with no rule is refused.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from imagegallery_server.auth.context import CallAccess
from imagegallery_server.domain import names
from imagegallery_server.domain.access import Permission, require_administrator
from imagegallery_server.domain.errors import DomainError

# Lists, not generators: every call asks its rule.
Needs = Callable[[Any], Sequence[tuple[Permission, str]]]


@dataclass(frozen=True)
class Rule:
    needs: Needs
    mutating: bool  # audited
    administrators_only: bool = False
    # What an administrators' call acts on, for the audit log (e.g. "tenants/{tenant_id}").
    audited: str = ""

    def named(self, request: Any) -> str:
        """The resource the request acts on, for the audit log ("" if unknown)."""
        if request is None:
            return ""
        if self.administrators_only:
            return _format(self.audited, request)
        try:
            return next((name for _, name in self.needs(request)), "")
        except DomainError:  # a name that does not parse: audited without a resource
            return ""

    def check(self, access: CallAccess, request: Any) -> None:
        """Raises unless the caller may make the call; the first resource it
        names is the call's audited resource, refused or not."""
        if self.administrators_only:
            access.resource = _format(self.audited, request)
            require_administrator(access.caller)
        for permission, name in self.needs(request):
            access.resource = access.resource or name
            access.caller.require(permission, name)


def _value(request: Any, path: list[str]) -> Any:
    for part in path:
        request = getattr(request, part)
    return request


def _fields(permission: Permission, paths: tuple[str, ...]) -> Needs:
    split = [path.split(".") for path in paths]  # once, not on every call

    def needs(request: Any) -> list[tuple[Permission, str]]:
        found = []
        for path in split:
            value = _value(request, path)
            if isinstance(value, str):
                if value:
                    found.append((permission, value))
            else:  # a repeated field
                found.extend((permission, name) for name in value if name)
        return found

    return needs


def read(*paths: str) -> Rule:
    return Rule(_fields(Permission.READ, paths), mutating=False)


def write(*paths: str, reading: tuple[str, ...] = ()) -> Rule:
    """Changes what `paths` name; also reads what `reading` names (sources)."""
    changes, reads = _fields(Permission.WRITE, paths), _fields(Permission.READ, reading)
    return Rule(lambda r: [*changes(r), *reads(r)], mutating=True)


def manage(*paths: str) -> Rule:
    return Rule(_fields(Permission.MANAGE_ACCESS, paths), mutating=True)


def gallery_change(path: str) -> Rule:
    """Changes the gallery `path` names; turning its soft delete on needs Owner, as
    Azure's rule (an owner of the subscription, or a Compute Gallery Sharing Admin)."""
    change, own = _fields(Permission.WRITE, (path,)), _fields(Permission.MANAGE_ACCESS, (path,))
    return Rule(lambda r: own(r) if _turns_on_soft_delete(r) else change(r), mutating=True)


def _turns_on_soft_delete(request: Any) -> bool:
    paths = request.update_mask.paths if hasattr(request, "update_mask") else []
    named = not paths or any(p.split(".")[0] == "soft_delete_policy" for p in paths)
    return named and request.gallery.soft_delete_policy.is_soft_delete_enabled


def _nothing(_: Any) -> Sequence[tuple[Permission, str]]:
    return ()


ANYONE = Rule(_nothing, mutating=False)
IN_SERVICER = Rule(_nothing, mutating=False)
IN_SERVICER_MUTATING = Rule(_nothing, mutating=True)
ADMINISTRATORS_READ = Rule(_nothing, mutating=False, administrators_only=True)


def administrators(audited: str) -> Rule:
    """`audited`: the resource for the audit log, with request fields in braces."""
    return Rule(_nothing, mutating=True, administrators_only=True, audited=audited)


def _format(template: str, request: Any) -> str:
    """ "tenants/{tenant_id}" with the request's tenant_id ("" when it has none)."""
    parts = template.split("{")
    text = parts[0]
    for part in parts[1:]:
        path, _, rest = part.partition("}")
        value = _value(request, path.split("."))
        if not value:
            return ""
        text += str(value) + rest
    return text


def _assignment_scope(request: Any) -> Sequence[tuple[Permission, str]]:
    if not request.name:
        return ()
    scope = names.parse_role_assignment(request.name, "name").scope
    return [(Permission.MANAGE_ACCESS, str(scope))]


_V1 = "/imagegallery.v1."
_SOURCES = (
    "image_version.storage_profile.source",
    "image_version.storage_profile.os_disk_image.source",
)

RULES: dict[str, Rule] = {
    f"{_V1}GalleryService/GetGallery": read("name"),
    f"{_V1}GalleryService/ListGalleries": IN_SERVICER,
    f"{_V1}GalleryService/CreateGallery": gallery_change("parent"),
    f"{_V1}GalleryService/UpdateGallery": gallery_change("gallery.name"),
    f"{_V1}GalleryService/DeleteGallery": write("name"),
    f"{_V1}ImageDefinitionService/GetImageDefinition": read("name"),
    f"{_V1}ImageDefinitionService/ListImageDefinitions": IN_SERVICER,
    f"{_V1}ImageDefinitionService/CreateImageDefinition": write("parent"),
    f"{_V1}ImageDefinitionService/UpdateImageDefinition": write("image_definition.name"),
    f"{_V1}ImageDefinitionService/DeleteImageDefinition": write("name"),
    f"{_V1}ImageSourceService/CreateUpload": write("parent"),
    f"{_V1}ImageSourceService/GetUpload": read("name"),
    f"{_V1}ImageSourceService/WriteUpload": IN_SERVICER_MUTATING,
    f"{_V1}ImageSourceService/CommitUpload": write("name"),
    f"{_V1}ImageSourceService/DeleteUpload": write("name"),
    f"{_V1}ImageSourceService/GetImageSource": read("name"),
    f"{_V1}ImageSourceService/ListImageSources": IN_SERVICER,
    f"{_V1}ImageSourceService/CreateImageSource": Rule(
        lambda r: [
            *_fields(Permission.WRITE, ("parent", "image_source.os_disk.upload"))(r),
            *((Permission.WRITE, d.upload) for d in r.image_source.data_disks if d.upload),
        ],
        mutating=True,
    ),
    f"{_V1}ImageSourceService/DeleteImageSource": write("name"),
    f"{_V1}ImageVersionService/GetImageVersion": read("name"),
    f"{_V1}ImageVersionService/ListImageVersions": IN_SERVICER,
    f"{_V1}ImageVersionService/GetLatestImageVersion": read("parent"),
    f"{_V1}ImageVersionService/CreateImageVersion": Rule(
        lambda r: [
            *write("parent", reading=_SOURCES).needs(r),
            *(
                (Permission.READ, d.source)
                for d in r.image_version.storage_profile.data_disk_images
                if d.source
            ),
        ],
        mutating=True,
    ),
    f"{_V1}ImageVersionService/UpdateImageVersion": write("image_version.name"),
    f"{_V1}ImageVersionService/DeleteImageVersion": write("name"),
    f"{_V1}ImageVersionService/RetryImageVersionReplication": write("name"),
    f"{_V1}ImageVersionService/ListSoftDeletedResources": read("parent"),
    f"{_V1}ImageVersionService/UndeleteImageVersion": write("name"),
    f"{_V1}ImageVersionService/PurgeImageVersion": write("name"),
    "/google.longrunning.Operations/GetOperation": IN_SERVICER,
    "/google.longrunning.Operations/ListOperations": IN_SERVICER,
    "/google.longrunning.Operations/WaitOperation": IN_SERVICER,
    "/google.longrunning.Operations/CancelOperation": IN_SERVICER_MUTATING,
    "/google.longrunning.Operations/DeleteOperation": IN_SERVICER_MUTATING,
    f"{_V1}ReplicationService/GetReplicationStatus": read("name"),
    f"{_V1}ReplicationService/WatchReplicationStatus": IN_SERVICER,
    f"{_V1}ReplicationService/ReadImageVersionDisk": read("name"),
    f"{_V1}PlanningService/ResolveDeployment": read("image_definition"),
    f"{_V1}PlanningService/CheckImageSwitch": read("current_image", "target_image"),
    f"{_V1}PlanningService/RecommendReplicas": ANYONE,
    f"{_V1}PlanningService/CompareReplicas": read("image_version"),
    f"{_V1}PlanningService/EstimateCost": read("image_version"),
    f"{_V1}RegionService/GetRegion": ANYONE,
    f"{_V1}RegionService/ListRegions": ANYONE,
    f"{_V1}MaintenanceService/ScrubReplicas": administrators("{scope}"),
    f"{_V1}MaintenanceService/GetRegionConditions": ADMINISTRATORS_READ,
    f"{_V1}MaintenanceService/UpdateRegionConditions": administrators(
        "regions/{conditions.region}"
    ),
    f"{_V1}AccessService/GetCaller": ANYONE,
    f"{_V1}AccessService/CreateTenant": administrators("tenants/{tenant_id}"),
    f"{_V1}AccessService/ListTenants": ADMINISTRATORS_READ,
    f"{_V1}AccessService/CreateSubscription": administrators("/subscriptions/{subscription_id}"),
    f"{_V1}AccessService/GetSubscription": IN_SERVICER,
    f"{_V1}AccessService/ListSubscriptions": IN_SERVICER,
    f"{_V1}AccessService/AllowRegion": manage("subscription"),
    f"{_V1}AccessService/CreatePrincipal": administrators("{parent}"),
    f"{_V1}AccessService/GetPrincipal": IN_SERVICER,
    f"{_V1}AccessService/ListPrincipals": ADMINISTRATORS_READ,
    f"{_V1}AccessService/UpdatePrincipal": administrators("{principal.name}"),
    f"{_V1}AccessService/AddGroupMember": administrators("{group}"),
    f"{_V1}AccessService/RemoveGroupMember": administrators("{group}"),
    f"{_V1}AccessService/CreateToken": administrators("{parent}"),
    f"{_V1}AccessService/ListTokens": ADMINISTRATORS_READ,
    f"{_V1}AccessService/RevokeToken": IN_SERVICER_MUTATING,
    f"{_V1}AccessService/CreateRoleAssignment": manage("role_assignment.scope"),
    f"{_V1}AccessService/ListRoleAssignments": read("scope"),
    f"{_V1}AccessService/DeleteRoleAssignment": Rule(_assignment_scope, mutating=True),
    f"{_V1}AccessService/ListAuditRecords": IN_SERVICER,
    f"{_V1}SharedGalleryService/ShareGallery": manage("gallery"),
    # Lists only what the caller may read of what is shared with the subscription.
    f"{_V1}SharedGalleryService/ListSharedGalleries": IN_SERVICER,
    f"{_V1}SharedGalleryService/GetSharedGallery": read("name"),
    f"{_V1}SharedGalleryService/ListSharedGalleryImages": read("parent"),
    f"{_V1}SharedGalleryService/GetSharedGalleryImage": read("name"),
    f"{_V1}SharedGalleryService/ListSharedGalleryImageVersions": read("parent"),
    f"{_V1}SharedGalleryService/GetSharedGalleryImageVersion": read("name"),
}
