"""Every role at every scope, for every RPC: for a principal of the subscription's own tenant
and for one of another tenant.

The expected answers below are written out by hand from SPEC.md's rules: a
role holds at its scope and everything under it (never above: an image
definition's reader sees the definition and its versions, not the gallery);
Reader gets, lists, watches, downloads and deploys, Contributor also creates,
changes and deletes, Owner also manages role assignments; tenants, principals,
tokens and region conditions are the administrators'; a subscription is shown to
whoever holds a role in it (it is where its galleries are listed from); a caller
without a right
gets PERMISSION_DENIED whether or not the resource exists, and NOT_FOUND only
when it could see it.

Calls a role allows are made so that they change nothing (a stale etag, a name
that is taken), and each has its own expected answer; a digit is a list that
answers with that many items (lists show only what the caller may see).

The gallery is shared with a tenant none of the callers belongs to, so its shared
names under the matrix's own subscription are found by nobody: a role on the
subscription reads them (NOT_FOUND), any other is refused, and the subscription's
shared-gallery list is empty for everyone.
"""

import uuid

import grpc
import pytest
from access import AUTH_ON, Directory, Stubs, channel_with, owner_token
from conftest import definition_pb, gallery_pb, new_definition
from google.longrunning import operations_pb2
from google.protobuf import descriptor_pool
from google.protobuf.duration_pb2 import Duration
from grpc_reflection.v1alpha import reflection_pb2, reflection_pb2_grpc
from imagegallery.v1 import access_service_pb2 as access_pb
from imagegallery.v1 import gallery_sharing_pb2 as sharing_pb
from imagegallery.v1 import image_source_service_pb2 as source_pb
from imagegallery.v1 import image_version_service_pb2 as version_pb
from imagegallery.v1 import maintenance_service_pb2 as maintenance_pb
from imagegallery.v1 import operation_metadata_pb2
from imagegallery.v1 import planning_service_pb2 as planning_pb
from imagegallery.v1 import region_service_pb2 as region_pb
from imagegallery.v1 import replication_service_pb2 as replication_pb
from imagegallery.v1 import shared_gallery_service_pb2 as shared_pb
from imagegallery_server.testing import ServerProcess
from test_uploads import chunks
from versioning import MiB

# Columns: a role (Owner, Contributor, Reader) at the subscription, the resource
# group, the gallery and one image definition (D1, which holds the version V1),
# then a principal with no role at all.
#
#   +  the call is allowed: it answers with the row's own code
#   -  PERMISSION_DENIED
#   n  allowed: a list of n items
#
# method                         allowed            sub  rg   gal  def  none
EXPECTED = """
GetGallery                       OK                 +++  +++  +++  ---  -
GetGallery.missing               NOT_FOUND          +++  +++  ---  ---  -
ListGalleries                    OK                 111  111  111  000  -
CreateGallery                    ALREADY_EXISTS     ++-  ++-  ---  ---  -
UpdateGallery                    ABORTED            ++-  ++-  ++-  ---  -
DeleteGallery                    ABORTED            ++-  ++-  ++-  ---  -
GetImageDefinition               OK                 +++  +++  +++  +++  -
GetImageDefinition.missing       NOT_FOUND          +++  +++  +++  ---  -
ListImageDefinitions             OK                 222  222  222  111  -
CreateImageDefinition            ALREADY_EXISTS     ++-  ++-  ++-  ---  -
UpdateImageDefinition            ABORTED            ++-  ++-  ++-  ++-  -
DeleteImageDefinition            ABORTED            ++-  ++-  ++-  ++-  -
CreateUpload                     INVALID_ARGUMENT   ++-  ++-  ---  ---  -
GetUpload                        OK                 +++  +++  ---  ---  -
WriteUpload                      OUT_OF_RANGE       ++-  ++-  ---  ---  -
CommitUpload                     FAILED_PRECONDITION ++- ++-  ---  ---  -
DeleteUpload                     NOT_FOUND          ++-  ++-  ---  ---  -
GetImageSource                   OK                 +++  +++  ---  ---  -
ListImageSources                 OK                 111  111  000  000  -
CreateImageSource                ALREADY_EXISTS     ++-  ++-  ---  ---  -
DeleteImageSource                NOT_FOUND          ++-  ++-  ---  ---  -
GetImageVersion                  OK                 +++  +++  +++  +++  -
GetImageVersion.missing          NOT_FOUND          +++  +++  +++  +++  -
ListImageVersions                OK                 111  111  111  111  -
GetLatestImageVersion            OK                 +++  +++  +++  +++  -
CreateImageVersion               ALREADY_EXISTS     ++-  ++-  ---  ---  -
UpdateImageVersion               ABORTED            ++-  ++-  ++-  ++-  -
DeleteImageVersion               ABORTED            ++-  ++-  ++-  ++-  -
RetryImageVersionReplication     FAILED_PRECONDITION ++- ++-  ++-  ++-  -
ListSoftDeletedResources         OK                 000  000  000  000  -
UndeleteImageVersion             NOT_FOUND          ++-  ++-  ++-  ++-  -
PurgeImageVersion                NOT_FOUND          ++-  ++-  ++-  ++-  -
GetOperation                     OK                 +++  +++  +++  +++  -
ListOperations                   OK                 222  222  222  111  0
WaitOperation                    OK                 +++  +++  +++  +++  -
CancelOperation                  FAILED_PRECONDITION ++- ++-  ++-  ++-  -
DeleteOperation                  OK                 ++-  ++-  ++-  ++-  -
GetReplicationStatus             OK                 +++  +++  +++  +++  -
WatchReplicationStatus           OK                 222  222  222  111  -
ReadImageVersionDisk             OK                 +++  +++  +++  +++  -
ResolveDeployment                OK                 +++  +++  +++  +++  -
CheckImageSwitch                 OK                 +++  +++  +++  +++  -
RecommendReplicas                OK                 +++  +++  +++  +++  +
CompareReplicas                  OK                 +++  +++  +++  +++  -
EstimateCost                     OK                 +++  +++  +++  +++  -
GetRegion                        OK                 +++  +++  +++  +++  +
ListRegions                      OK                 +++  +++  +++  +++  +
ScrubReplicas                    OK                 ---  ---  ---  ---  -
GetRegionConditions              OK                 ---  ---  ---  ---  -
UpdateRegionConditions           OK                 ---  ---  ---  ---  -
GetCaller                        OK                 +++  +++  +++  +++  +
CreateTenant                     OK                 ---  ---  ---  ---  -
ListTenants                      OK                 ---  ---  ---  ---  -
CreateSubscription               OK                 ---  ---  ---  ---  -
GetSubscription                  OK                 +++  +++  +++  +++  -
ListSubscriptions                OK                 111  111  111  111  0
AllowRegion                      OK                 +--  ---  ---  ---  -
CreatePrincipal                  OK                 ---  ---  ---  ---  -
GetPrincipal                     OK                 ---  ---  ---  ---  -
ListPrincipals                   OK                 ---  ---  ---  ---  -
UpdatePrincipal                  OK                 ---  ---  ---  ---  -
AddGroupMember                   OK                 ---  ---  ---  ---  -
RemoveGroupMember                OK                 ---  ---  ---  ---  -
CreateToken                      OK                 ---  ---  ---  ---  -
ListTokens                       OK                 ---  ---  ---  ---  -
RevokeToken                      OK                 ---  ---  ---  ---  -
CreateRoleAssignment             OK                 +--  +--  +--  +--  -
ListRoleAssignments              OK                 +++  +++  +++  +++  -
DeleteRoleAssignment             NOT_FOUND          +--  +--  +--  +--  -
ListAuditRecords                 OK                 +--  +--  +--  +--  -
ShareGallery                     OK                 +--  +--  +--  ---  -
ListSharedGalleries              OK                 000  000  000  000  0
GetSharedGallery                 NOT_FOUND          +++  ---  ---  ---  -
ListSharedGalleryImages          NOT_FOUND          +++  ---  ---  ---  -
GetSharedGalleryImage            NOT_FOUND          +++  ---  ---  ---  -
ListSharedGalleryImageVersions   NOT_FOUND          +++  ---  ---  ---  -
GetSharedGalleryImageVersion     NOT_FOUND          +++  ---  ---  ---  -
"""
SCOPES = ("sub", "rg", "gal", "def")
ROLES = ("Owner", "Contributor", "Reader")
COLUMNS = [(scope, role) for scope in SCOPES for role in ROLES] + [("none", "")]
SUBSCRIPTION = "matrix"
STALE = '"1"'


def expectations() -> dict[str, tuple[str, list[str]]]:
    """method → (the code when allowed, one mark per column)."""
    table = {}
    for line in EXPECTED.strip().splitlines():
        method, allowed, *groups = line.split()
        marks = list("".join(groups))
        assert len(marks) == len(COLUMNS), line
        table[method] = (allowed, marks)
    return table


class World:
    """One gallery G with definitions D1 (version V1) and D2 (version V2), an
    image source and an open upload in the resource group; and a principal for
    every column, in the subscription's tenant and in another."""

    def __init__(self, server: ServerProcess) -> None:
        self.address = server.address
        self.log_path = server.log_path
        self.tokens = [owner_token(server)]
        self.admin = Stubs(channel_with(server.address, owner_token(server)))
        self.directory = Directory(self.admin)
        home, away = self.directory.tenant("contoso"), self.directory.tenant("fabrikam")
        self.subscription = self.directory.subscription(home, SUBSCRIPTION)
        self.rg = f"{self.subscription}/resourceGroups/images"
        self.admin.resource_group = self.rg
        self._catalog()
        self.scopes = {
            "sub": self.subscription,
            "rg": self.rg,
            "gal": self.gallery,
            "def": self.d1,
        }
        self.bystander = self.directory.principal(home, "bystander")
        self.bystander_token = self.admin.access.CreateToken(
            access_pb.CreateTokenRequest(parent=self.bystander)
        ).token.name
        self.group = self.directory.principal(home, "group", access_pb.PRINCIPAL_TYPE_GROUP)
        self.tenants = {"same tenant": home, "other tenant": away}
        self.callers = {tenant: self._callers(t) for tenant, t in self.tenants.items()}

    def _catalog(self) -> None:
        admin = self.admin
        self.gallery = admin.galleries.CreateGallery(
            gallery_pb.CreateGalleryRequest(
                parent=self.rg, gallery_id="gallery", gallery=gallery_pb.Gallery(location="eastus")
            )
        ).name
        admin.shared.ShareGallery(
            shared_pb.ShareGalleryRequest(
                gallery=self.gallery,
                operation_type=shared_pb.SHARING_OPERATION_ADD,
                groups=[ELSEWHERE],
            )
        )
        self.d1, self.d2 = (
            admin.definitions.CreateImageDefinition(
                definition_pb.CreateImageDefinitionRequest(
                    parent=self.gallery,
                    image_definition_id=image,
                    image_definition=new_definition(
                        identifier=definition_pb.ImageIdentifier(
                            publisher="Contoso", offer="Ubuntu", sku=image
                        )
                    ),
                )
            ).name
            for image in ("d1", "d2")
        )
        self.source = admin.source(bytes(range(256)) * 4096).name  # 1 MiB
        self.operations = {}
        for definition in (self.d1, self.d2):
            operation = admin.create_version(
                definition_pb.ImageDefinition(name=definition), "1.0.0", self.source, "eastus"
            )
            admin.wait(operation)
            self.operations[definition] = operation.name
        self.v1 = f"{self.d1}/versions/1.0.0"
        self.upload = admin.sources.CreateUpload(
            source_pb.CreateUploadRequest(
                parent=self.rg, upload=source_pb.Upload(location="eastus", size_bytes=MiB)
            )
        ).name

    def _callers(self, tenant: str) -> dict[tuple[str, str], Stubs]:
        callers = {}
        for scope, role in COLUMNS:
            member = self.directory.member(tenant, f"{scope}-{role or 'none'}")
            self.tokens.append(member.token)
            if scope != "none":
                self.directory.assign(self.scopes[scope], member.name, role)
            callers[scope, role] = Stubs(channel_with(self.address, member.token), self.rg)
        return callers

    def fresh_operation(self) -> str:
        """A finished operation on V1 that nobody else holds (for DeleteOperation)."""
        version = version_pb.ImageVersion(name=self.v1, tags={"run": uuid.uuid4().hex})
        operation = self.admin.versions.UpdateImageVersion(
            version_pb.UpdateImageVersionRequest(image_version=version)
        )
        return self.admin.wait(operation).name


def _latest_cursor_first_items(stream) -> int:
    """The distinct versions a watch's initial state shows."""
    seen = set()
    for message in stream:
        if message.HasField("checkpoint") and message.checkpoint.initial_state_done:
            stream.cancel()
            return len(seen)
        seen.add(message.change.image_version)
    raise AssertionError("the stream ended before its initial state")


def calls(w: World) -> dict:
    """method → what a caller's stubs `s` call (a list answers with its size)."""
    v1, d1, rg = w.v1, w.d1, w.rg
    missing_upload = f"{rg}/providers/Microsoft.Compute/uploads/{uuid.uuid4()}"
    vm = planning_pb.VirtualMachineSpec(has_os_profile=True)
    return {
        "GetGallery": lambda s: s.galleries.GetGallery(
            gallery_pb.GetGalleryRequest(name=w.gallery)
        ),
        "GetGallery.missing": lambda s: s.galleries.GetGallery(
            gallery_pb.GetGalleryRequest(name=f"{rg}/providers/Microsoft.Compute/galleries/nope")
        ),
        "ListGalleries": lambda s: len(
            s.galleries.ListGalleries(gallery_pb.ListGalleriesRequest(parent=rg)).galleries
        ),
        "CreateGallery": lambda s: s.galleries.CreateGallery(
            gallery_pb.CreateGalleryRequest(
                parent=rg, gallery_id="gallery", gallery=gallery_pb.Gallery(location="eastus")
            )
        ),
        "UpdateGallery": lambda s: s.galleries.UpdateGallery(
            gallery_pb.UpdateGalleryRequest(
                gallery=gallery_pb.Gallery(name=w.gallery, description="x", etag=STALE)
            )
        ),
        "DeleteGallery": lambda s: s.galleries.DeleteGallery(
            gallery_pb.DeleteGalleryRequest(name=w.gallery, etag=STALE, force=True)
        ),
        "GetImageDefinition": lambda s: s.definitions.GetImageDefinition(
            definition_pb.GetImageDefinitionRequest(name=d1)
        ),
        "GetImageDefinition.missing": lambda s: s.definitions.GetImageDefinition(
            definition_pb.GetImageDefinitionRequest(name=f"{w.gallery}/images/nope")
        ),
        "ListImageDefinitions": lambda s: len(
            s.definitions.ListImageDefinitions(
                definition_pb.ListImageDefinitionsRequest(parent=w.gallery)
            ).image_definitions
        ),
        "CreateImageDefinition": lambda s: s.definitions.CreateImageDefinition(
            definition_pb.CreateImageDefinitionRequest(
                parent=w.gallery, image_definition_id="d1", image_definition=new_definition()
            )
        ),
        "UpdateImageDefinition": lambda s: s.definitions.UpdateImageDefinition(
            definition_pb.UpdateImageDefinitionRequest(
                image_definition=definition_pb.ImageDefinition(name=d1, description="x", etag=STALE)
            )
        ),
        "DeleteImageDefinition": lambda s: s.definitions.DeleteImageDefinition(
            definition_pb.DeleteImageDefinitionRequest(name=d1, etag=STALE, force=True)
        ),
        "CreateUpload": lambda s: s.sources.CreateUpload(
            source_pb.CreateUploadRequest(parent=rg, upload=source_pb.Upload(location="eastus"))
        ),
        "GetUpload": lambda s: s.sources.GetUpload(source_pb.GetUploadRequest(name=w.upload)),
        "WriteUpload": lambda s: s.sources.WriteUpload(chunks(w.upload, b"x", offset=2 * MiB)),
        "CommitUpload": lambda s: s.sources.CommitUpload(
            source_pb.CommitUploadRequest(name=w.upload, size_bytes=MiB, sha256="0" * 64)
        ),
        "DeleteUpload": lambda s: s.sources.DeleteUpload(
            source_pb.DeleteUploadRequest(name=missing_upload)
        ),
        "GetImageSource": lambda s: s.sources.GetImageSource(
            source_pb.GetImageSourceRequest(name=w.source)
        ),
        "ListImageSources": lambda s: len(
            s.sources.ListImageSources(source_pb.ListImageSourcesRequest(parent=rg)).image_sources
        ),
        "CreateImageSource": lambda s: s.sources.CreateImageSource(
            source_pb.CreateImageSourceRequest(
                parent=rg,
                image_source_id="image",
                image_source=source_pb.ImageSource(
                    location="eastus",
                    kind=source_pb.IMAGE_SOURCE_KIND_MANAGED_IMAGE,
                    os_type=2,
                    os_state=1,
                    os_disk=source_pb.SourceDisk(upload=w.upload),
                ),
            )
        ),
        "DeleteImageSource": lambda s: s.sources.DeleteImageSource(
            source_pb.DeleteImageSourceRequest(name=f"{rg}/providers/Microsoft.Compute/images/nope")
        ),
        "GetImageVersion": lambda s: s.versions.GetImageVersion(
            version_pb.GetImageVersionRequest(name=v1)
        ),
        "GetImageVersion.missing": lambda s: s.versions.GetImageVersion(
            version_pb.GetImageVersionRequest(name=f"{d1}/versions/9.9.9")
        ),
        "ListImageVersions": lambda s: len(
            s.versions.ListImageVersions(
                version_pb.ListImageVersionsRequest(parent=d1)
            ).image_versions
        ),
        "GetLatestImageVersion": lambda s: s.versions.GetLatestImageVersion(
            version_pb.GetLatestImageVersionRequest(parent=d1)
        ),
        "CreateImageVersion": lambda s: s.create_version(
            definition_pb.ImageDefinition(name=d1), "1.0.0", w.source, "eastus"
        ),
        "UpdateImageVersion": lambda s: s.versions.UpdateImageVersion(
            version_pb.UpdateImageVersionRequest(
                image_version=version_pb.ImageVersion(name=v1, tags={"a": "b"}, etag=STALE)
            )
        ),
        "DeleteImageVersion": lambda s: s.versions.DeleteImageVersion(
            version_pb.DeleteImageVersionRequest(name=v1, etag=STALE)
        ),
        "RetryImageVersionReplication": lambda s: s.versions.RetryImageVersionReplication(
            version_pb.RetryImageVersionReplicationRequest(name=v1)
        ),
        "ListSoftDeletedResources": lambda s: len(
            s.versions.ListSoftDeletedResources(
                version_pb.ListSoftDeletedResourcesRequest(parent=d1)
            ).soft_deleted_resources
        ),
        "UndeleteImageVersion": lambda s: s.versions.UndeleteImageVersion(
            version_pb.UndeleteImageVersionRequest(name=v1)
        ),
        "PurgeImageVersion": lambda s: s.versions.PurgeImageVersion(
            version_pb.PurgeImageVersionRequest(name=v1)
        ),
        "GetOperation": lambda s: s.operations.GetOperation(
            operations_pb2.GetOperationRequest(name=w.operations[d1])
        ),
        "ListOperations": lambda s: len(
            {
                _target(operation)
                for operation in s.operations.ListOperations(
                    operations_pb2.ListOperationsRequest(page_size=1000)
                ).operations
            }
        ),
        "WaitOperation": lambda s: s.operations.WaitOperation(
            operations_pb2.WaitOperationRequest(name=w.operations[d1], timeout=Duration(seconds=5))
        ),
        "CancelOperation": lambda s: s.operations.CancelOperation(
            operations_pb2.CancelOperationRequest(name=w.operations[d1])
        ),
        "DeleteOperation": lambda s: s.operations.DeleteOperation(
            operations_pb2.DeleteOperationRequest(name=w.fresh_operation())
        ),
        "GetReplicationStatus": lambda s: s.replication.GetReplicationStatus(
            replication_pb.GetReplicationStatusRequest(name=v1)
        ),
        "WatchReplicationStatus": lambda s: _latest_cursor_first_items(
            s.replication.WatchReplicationStatus(
                replication_pb.WatchReplicationStatusRequest(
                    scope=w.gallery, send_initial_state=True
                ),
                timeout=10,
            )
        ),
        "ReadImageVersionDisk": lambda s: next(
            s.replication.ReadImageVersionDisk(
                replication_pb.ReadImageVersionDiskRequest(name=v1, region="eastus")
            )
        ),
        "ResolveDeployment": lambda s: s.planning.ResolveDeployment(
            planning_pb.ResolveDeploymentRequest(image_definition=d1, region="eastus", vm=vm)
        ),
        "CheckImageSwitch": lambda s: s.planning.CheckImageSwitch(
            planning_pb.CheckImageSwitchRequest(current_image=d1, target_image=v1)
        ),
        "RecommendReplicas": lambda s: s.planning.RecommendReplicas(
            planning_pb.RecommendReplicasRequest(concurrent_vms=40)
        ),
        "CompareReplicas": lambda s: s.planning.CompareReplicas(
            planning_pb.CompareReplicasRequest(image_version=v1)
        ),
        "EstimateCost": lambda s: s.planning.EstimateCost(
            planning_pb.EstimateCostRequest(image_version=v1)
        ),
        "GetRegion": lambda s: s.regions.GetRegion(region_pb.GetRegionRequest(name="eastus")),
        "ListRegions": lambda s: s.regions.ListRegions(region_pb.ListRegionsRequest()),
        "ScrubReplicas": lambda s: s.maintenance.ScrubReplicas(
            maintenance_pb.ScrubReplicasRequest(scope=v1)
        ),
        "GetRegionConditions": lambda s: s.maintenance.GetRegionConditions(
            maintenance_pb.GetRegionConditionsRequest(region="eastus")
        ),
        "UpdateRegionConditions": lambda s: s.maintenance.UpdateRegionConditions(
            maintenance_pb.UpdateRegionConditionsRequest(
                conditions=maintenance_pb.RegionConditions(region="westus")
            )
        ),
        "GetCaller": lambda s: s.access.GetCaller(access_pb.GetCallerRequest()),
        "CreateTenant": lambda s: s.access.CreateTenant(
            access_pb.CreateTenantRequest(tenant=access_pb.Tenant())
        ),
        "ListTenants": lambda s: s.access.ListTenants(access_pb.ListTenantsRequest()),
        "CreateSubscription": lambda s: s.access.CreateSubscription(
            access_pb.CreateSubscriptionRequest(
                subscription=access_pb.Subscription(tenant=w.tenants["same tenant"])
            )
        ),
        "GetSubscription": lambda s: s.access.GetSubscription(
            access_pb.GetSubscriptionRequest(name=w.subscription)
        ),
        "ListSubscriptions": lambda s: len(
            s.access.ListSubscriptions(access_pb.ListSubscriptionsRequest()).subscriptions
        ),
        "AllowRegion": lambda s: s.access.AllowRegion(
            access_pb.AllowRegionRequest(subscription=w.subscription, region="australiacentral")
        ),
        "CreatePrincipal": lambda s: s.access.CreatePrincipal(
            access_pb.CreatePrincipalRequest(
                parent=w.tenants["same tenant"],
                principal=access_pb.Principal(type=access_pb.PRINCIPAL_TYPE_USER),
            )
        ),
        "GetPrincipal": lambda s: s.access.GetPrincipal(
            access_pb.GetPrincipalRequest(name=w.bystander)
        ),
        "ListPrincipals": lambda s: s.access.ListPrincipals(
            access_pb.ListPrincipalsRequest(parent="tenants/-")
        ),
        "UpdatePrincipal": lambda s: s.access.UpdatePrincipal(
            access_pb.UpdatePrincipalRequest(
                principal=access_pb.Principal(name=w.bystander, administrator=True)
            )
        ),
        "AddGroupMember": lambda s: s.access.AddGroupMember(
            access_pb.AddGroupMemberRequest(group=w.group, member=w.bystander)
        ),
        "RemoveGroupMember": lambda s: s.access.RemoveGroupMember(
            access_pb.RemoveGroupMemberRequest(group=w.group, member=w.bystander)
        ),
        "CreateToken": lambda s: s.access.CreateToken(
            access_pb.CreateTokenRequest(parent=w.bystander)
        ),
        "ListTokens": lambda s: s.access.ListTokens(
            access_pb.ListTokensRequest(parent=w.bystander)
        ),
        "RevokeToken": lambda s: s.access.RevokeToken(
            access_pb.RevokeTokenRequest(name=w.bystander_token)
        ),
        "CreateRoleAssignment": lambda s: s.access.CreateRoleAssignment(
            access_pb.CreateRoleAssignmentRequest(
                role_assignment=access_pb.RoleAssignment(
                    scope=d1, principal=w.bystander, role=access_pb.ROLE_READER
                )
            )
        ),
        "ListRoleAssignments": lambda s: s.access.ListRoleAssignments(
            access_pb.ListRoleAssignmentsRequest(scope=d1)
        ),
        "DeleteRoleAssignment": lambda s: s.access.DeleteRoleAssignment(
            access_pb.DeleteRoleAssignmentRequest(
                name=f"{d1}/providers/Microsoft.Authorization/roleAssignments/{uuid.uuid4()}"
            )
        ),
        "ListAuditRecords": lambda s: s.access.ListAuditRecords(
            access_pb.ListAuditRecordsRequest(scope=d1)
        ),
        **_sharing_calls(w),
    }


ELSEWHERE = sharing_pb.SharingProfileGroup(
    type=sharing_pb.SHARING_GROUP_TYPE_AAD_TENANTS, ids=["elsewhere"]
)


def _sharing_calls(w: World) -> dict:
    """Sharing G again with the tenant it is shared with (which changes nothing), and
    its shared names under the matrix's subscription, which it is not shared with."""
    location = f"{w.subscription}/providers/Microsoft.Compute/locations/eastus"
    shared = f"{location}/sharedGalleries/{SUBSCRIPTION}-GALLERY"
    image = f"{shared}/images/d1"
    return {
        "ShareGallery": lambda s: s.shared.ShareGallery(
            shared_pb.ShareGalleryRequest(
                gallery=w.gallery,
                operation_type=shared_pb.SHARING_OPERATION_ADD,
                groups=[ELSEWHERE],
            )
        ),
        "ListSharedGalleries": lambda s: len(
            s.shared.ListSharedGalleries(
                shared_pb.ListSharedGalleriesRequest(parent=location)
            ).shared_galleries
        ),
        "GetSharedGallery": lambda s: s.shared.GetSharedGallery(
            shared_pb.GetSharedGalleryRequest(name=shared)
        ),
        "ListSharedGalleryImages": lambda s: s.shared.ListSharedGalleryImages(
            shared_pb.ListSharedGalleryImagesRequest(parent=shared)
        ),
        "GetSharedGalleryImage": lambda s: s.shared.GetSharedGalleryImage(
            shared_pb.GetSharedGalleryImageRequest(name=image)
        ),
        "ListSharedGalleryImageVersions": lambda s: s.shared.ListSharedGalleryImageVersions(
            shared_pb.ListSharedGalleryImageVersionsRequest(parent=image)
        ),
        "GetSharedGalleryImageVersion": lambda s: s.shared.GetSharedGalleryImageVersion(
            shared_pb.GetSharedGalleryImageVersionRequest(name=f"{image}/versions/1.0.0")
        ),
    }


def _target(operation: operations_pb2.Operation) -> str:
    """The version an operation is about."""
    metadata = operation_metadata_pb2.OperationMetadata()
    operation.metadata.Unpack(metadata)
    return metadata.target


def outcome(call, stubs: Stubs) -> str:
    """The answer to `call(stubs)`: "OK", "OK n" for a list of n items, or the
    status code's name."""
    try:
        answer = call(stubs)
    except grpc.RpcError as error:
        return error.code().name
    return f"OK {answer}" if isinstance(answer, int) else "OK"


def expected_outcome(allowed: str, mark: str) -> str:
    if mark == "-":
        return "PERMISSION_DENIED"
    return allowed if mark == "+" else f"OK {mark}"


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> World:
    server = ServerProcess(tmp_path_factory.mktemp("matrix"), env=AUTH_ON).start()
    yield World(server)
    assert server.stop() == 0


def test_every_rpc_of_the_server_has_a_row(world):
    served = set()
    for service in _services(world):
        served |= {f"{service.split('.')[-1]}/{m}" for m in _methods(world, service)}
    rows = {method.split(".")[0] for method in expectations()}

    assert {method.split("/")[1] for method in served} == rows


@pytest.mark.parametrize("tenant", ["same tenant", "other tenant"])
@pytest.mark.parametrize("method", list(expectations()))
def test_each_role_at_each_scope(world, method, tenant):
    allowed, marks = expectations()[method]
    call = calls(world)[method]
    answers = {column: outcome(call, world.callers[tenant][column]) for column in COLUMNS}
    wanted = {
        column: expected_outcome(allowed, mark) for column, mark in zip(COLUMNS, marks, strict=True)
    }

    assert answers == wanted


def _services(world: World) -> list[str]:
    stub = reflection_pb2_grpc.ServerReflectionStub(grpc.insecure_channel(world.address))
    answer = next(
        stub.ServerReflectionInfo(iter([reflection_pb2.ServerReflectionRequest(list_services="")]))
    )
    names = [s.name for s in answer.list_services_response.service]
    return [n for n in names if not n.startswith(("grpc.health", "grpc.reflection"))]


def _methods(world: World, service: str) -> list[str]:
    return [m.name for m in descriptor_pool.Default().FindServiceByName(service).methods]


def test_no_token_of_the_run_is_in_the_server_log(world):
    log = world.log_path.read_text()

    assert world.tokens and all(token not in log for token in world.tokens)
    assert "igt_" not in log
