package com.imagegallery.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.longrunning.DeleteOperationRequest;
import com.google.longrunning.OperationsGrpc;
import com.google.protobuf.FieldMask;
import com.imagegallery.client.ImageGalleryException.FailedPreconditionException;
import com.imagegallery.client.ImageGalleryException.NotFoundException;
import com.imagegallery.v1.*;
import io.grpc.MethodDescriptor;
import io.grpc.ServiceDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calls every RPC the server serves, from Java, as the suite's principal (an administrator),
 * so that the server's log shows each called by the Java suite. Each RPC is one step, in
 * the order below, on the state of the steps before it; a new RPC is one more step, and
 * {@link #everyRpcHasAStep} fails until it has one.
 */
class EveryRpcTest {
  /** The region whose rehearsed conditions this suite changes and restores; no other suite's. */
  static final String CONDITIONS_REGION = "switzerlandnorth";

  record Step(MethodDescriptor<?, ?> rpc, StepBody body) {}

  interface StepBody {
    void run(Scenario s) throws Exception;
  }

  /** What the steps made, for the steps after them. */
  static final class Scenario {
    ImageGalleryClient c;
    Path dir;
    String id = Live.newId();
    Principal reader;
    Principal group;
    Tenant tenant;
    Subscription subscription;
    CreateTokenResponse token;
    RoleAssignment assignment;
    String rg;
    Gallery gallery;
    ImageDefinition definition;
    Upload abandoned;
    byte[] disk;
    Upload upload;
    ImageSource source;
    OperationPoller<ImageVersion> create;
    ImageVersion version;
    RegionConditions conditions;
    String sharedGallery; // the version's gallery as a subscription it is shared with reads it
  }

  static final List<Step> STEPS =
      List.of(
          // AccessService: a tenant of the suite's own, its principals, a subscription, a token, a role.
          step(AccessServiceGrpc.getGetCallerMethod(), s -> {
            Caller caller = s.c.access().getCaller(GetCallerRequest.getDefaultInstance());
            assertTrue(caller.getAuthenticated() && caller.getPrincipal().getAdministrator(), caller.toString());
          }),
          step(AccessServiceGrpc.getCreateTenantMethod(), s -> {
            s.tenant = s.c.access().createTenant(CreateTenantRequest.newBuilder().setTenantId(s.id).build());
            assertEquals("tenants/" + s.id, s.tenant.getName());
          }),
          step(AccessServiceGrpc.getListTenantsMethod(), s -> assertListed(
              PagedIterable.of(ListTenantsRequest.getDefaultInstance(), s.c.access()::listTenants),
              (Tenant t) -> t.getName().equals(s.tenant.getName()))),
          step(AccessServiceGrpc.getCreatePrincipalMethod(), s -> {
            s.reader = s.c.access().createPrincipal(principal(s, PrincipalType.PRINCIPAL_TYPE_USER, "java reader"));
            s.group = s.c.access().createPrincipal(principal(s, PrincipalType.PRINCIPAL_TYPE_GROUP, "java readers"));
            assertTrue(s.reader.getName().startsWith(s.tenant.getName() + "/principals/"), s.reader.getName());
          }),
          step(AccessServiceGrpc.getGetPrincipalMethod(), s -> assertEquals(
              s.reader, s.c.access().getPrincipal(GetPrincipalRequest.newBuilder().setName(s.reader.getName()).build()))),
          step(AccessServiceGrpc.getListPrincipalsMethod(), s -> {
            ListPrincipalsRequest request = ListPrincipalsRequest.newBuilder().setParent(s.tenant.getName()).setPageSize(1).build();
            PagedIterable<Principal> all = PagedIterable.of(request, s.c.access()::listPrincipals);
            assertEquals(Set.of(s.reader, s.group), Set.copyOf(all.stream().toList()));
          }),
          step(AccessServiceGrpc.getUpdatePrincipalMethod(), s -> {
            Principal renamed = s.c.access().updatePrincipal(UpdatePrincipalRequest.newBuilder()
                .setPrincipal(Principal.newBuilder().setName(s.reader.getName()).setDisplayName("java reader (renamed)"))
                .setUpdateMask(mask("display_name")).build());
            assertEquals("java reader (renamed)", renamed.getDisplayName());
          }),
          step(AccessServiceGrpc.getAddGroupMemberMethod(), s -> assertEquals(List.of(s.reader.getName()),
              s.c.access().addGroupMember(AddGroupMemberRequest.newBuilder()
                  .setGroup(s.group.getName()).setMember(s.reader.getName()).build()).getMembersList())),
          step(AccessServiceGrpc.getCreateSubscriptionMethod(), s -> {
            s.subscription = s.c.access().createSubscription(CreateSubscriptionRequest.newBuilder().setSubscriptionId(s.id)
                .setSubscription(Subscription.newBuilder().setTenant(s.tenant.getName())).build());
            s.rg = ResourceIds.resourceGroup(s.id, "rpcs");
            assertEquals(ResourceIds.subscription(s.id), s.subscription.getName());
          }),
          step(AccessServiceGrpc.getGetSubscriptionMethod(), s -> assertEquals(s.subscription,
              s.c.access().getSubscription(GetSubscriptionRequest.newBuilder().setName(s.subscription.getName()).build()))),
          step(AccessServiceGrpc.getListSubscriptionsMethod(), s -> assertListed(
              PagedIterable.of(ListSubscriptionsRequest.getDefaultInstance(), s.c.access()::listSubscriptions),
              (Subscription sub) -> sub.getName().equals(s.subscription.getName()))),
          step(AccessServiceGrpc.getAllowRegionMethod(), s -> assertTrue(s.c.access().allowRegion(AllowRegionRequest.newBuilder()
              .setSubscription(s.subscription.getName()).setRegion("Australia Central").build())
              .getAllowedRegionsList().contains("australiacentral"))),
          step(AccessServiceGrpc.getCreateTokenMethod(), s -> {
            s.token = s.c.access().createToken(CreateTokenRequest.newBuilder().setParent(s.reader.getName()).build());
            assertFalse(s.token.getSecret().isEmpty());
          }),
          step(AccessServiceGrpc.getListTokensMethod(), s -> assertEquals(List.of(s.token.getToken()),
              s.c.access().listTokens(ListTokensRequest.newBuilder().setParent(s.reader.getName()).build()).getTokensList())),
          step(AccessServiceGrpc.getCreateRoleAssignmentMethod(), s -> {
            s.assignment = s.c.access().createRoleAssignment(CreateRoleAssignmentRequest.newBuilder()
                .setRoleAssignment(RoleAssignment.newBuilder().setScope(s.subscription.getName())
                    .setPrincipal(s.group.getName()).setRole(Role.ROLE_READER)).build());
            assertEquals(Role.ROLE_READER, s.assignment.getRole());
          }),
          step(AccessServiceGrpc.getListRoleAssignmentsMethod(), s -> assertListed(
              PagedIterable.of(ListRoleAssignmentsRequest.newBuilder().setScope(s.subscription.getName()).build(),
                  s.c.access()::listRoleAssignments),
              (RoleAssignment a) -> a.getName().equals(s.assignment.getName()))),
          step(AccessServiceGrpc.getDeleteRoleAssignmentMethod(), s -> s.c.access().deleteRoleAssignment(
              DeleteRoleAssignmentRequest.newBuilder().setName(s.assignment.getName()).build())),
          step(AccessServiceGrpc.getRemoveGroupMemberMethod(), s -> assertEquals(List.of(),
              s.c.access().removeGroupMember(RemoveGroupMemberRequest.newBuilder()
                  .setGroup(s.group.getName()).setMember(s.reader.getName()).build()).getMembersList())),
          step(AccessServiceGrpc.getRevokeTokenMethod(), s -> assertTrue(s.c.access().revokeToken(
              RevokeTokenRequest.newBuilder().setName(s.token.getToken().getName()).build()).hasRevokeTime())),
          step(AccessServiceGrpc.getListAuditRecordsMethod(), s -> assertListed(
              PagedIterable.of(ListAuditRecordsRequest.newBuilder().setScope(s.subscription.getName()).build(),
                  s.c.access()::listAuditRecords),
              record -> true)),

          // RegionService.
          step(RegionServiceGrpc.getListRegionsMethod(), s -> assertTrue(s.c.regions()
              .listRegions(ListRegionsRequest.getDefaultInstance()).getRegionsList().stream()
              .anyMatch(r -> r.getName().equals("eastus")))),
          step(RegionServiceGrpc.getGetRegionMethod(), s -> assertEquals("eastus",
              s.c.regions().getRegion(GetRegionRequest.newBuilder().setName("East US").build()).getName())),

          // GalleryService and ImageDefinitionService.
          step(GalleryServiceGrpc.getCreateGalleryMethod(), s -> s.gallery = s.c.galleries().createGallery(
              CreateGalleryRequest.newBuilder().setParent(s.rg).setGalleryId("g")
                  .setGallery(Gallery.newBuilder().setLocation("eastus")).build())),
          step(GalleryServiceGrpc.getUpdateGalleryMethod(), s -> {
            s.gallery = s.c.galleries().updateGallery(UpdateGalleryRequest.newBuilder()
                .setGallery(Gallery.newBuilder().setName(s.gallery.getName()).setDescription("updated")
                    .setSoftDeletePolicy(SoftDeletePolicy.newBuilder().setIsSoftDeleteEnabled(true)))
                .setUpdateMask(FieldMask.newBuilder().addPaths("description").addPaths("soft_delete_policy")).build());
            assertEquals("updated", s.gallery.getDescription());
            assertTrue(s.gallery.getSoftDeletePolicy().getIsSoftDeleteEnabled(), s.gallery.toString());
          }),
          step(GalleryServiceGrpc.getGetGalleryMethod(), s -> assertEquals(s.gallery,
              s.c.galleries().getGallery(GetGalleryRequest.newBuilder().setName(s.gallery.getName()).build()))),
          step(GalleryServiceGrpc.getListGalleriesMethod(), s -> assertEquals(List.of(s.gallery),
              s.c.listGalleries(s.rg).stream().toList())),
          step(ImageDefinitionServiceGrpc.getCreateImageDefinitionMethod(), s -> s.definition = s.c.definitions()
              .createImageDefinition(CreateImageDefinitionRequest.newBuilder().setParent(s.gallery.getName())
                  .setImageDefinitionId("d").setImageDefinition(ImageDefinition.newBuilder()
                      .setOsType(OsType.OS_TYPE_LINUX).setOsState(OsState.OS_STATE_GENERALIZED)
                      .setIdentifier(ImageIdentifier.newBuilder().setPublisher("Contoso").setOffer("Ubuntu").setSku("rpcs")))
                  .build())),
          step(ImageDefinitionServiceGrpc.getUpdateImageDefinitionMethod(), s -> {
            s.definition = s.c.definitions().updateImageDefinition(UpdateImageDefinitionRequest.newBuilder()
                .setImageDefinition(ImageDefinition.newBuilder().setName(s.definition.getName()).setDescription("updated"))
                .setUpdateMask(mask("description")).build());
            assertEquals("updated", s.definition.getDescription());
          }),
          step(ImageDefinitionServiceGrpc.getGetImageDefinitionMethod(), s -> assertEquals(s.definition,
              s.c.definitions().getImageDefinition(GetImageDefinitionRequest.newBuilder().setName(s.definition.getName()).build()))),
          step(ImageDefinitionServiceGrpc.getListImageDefinitionsMethod(), s -> assertEquals(List.of(s.definition),
              s.c.listImageDefinitions(s.gallery.getName()).stream().toList())),

          // ImageSourceService: an upload abandoned, another made by the upload helper.
          step(ImageSourceServiceGrpc.getCreateUploadMethod(), s -> s.abandoned = s.c.sources().createUpload(
              CreateUploadRequest.newBuilder().setParent(s.rg)
                  .setUpload(Upload.newBuilder().setLocation("eastus").setSizeBytes(4096)).build())),
          step(ImageSourceServiceGrpc.getGetUploadMethod(), s -> assertEquals(UploadState.UPLOAD_STATE_RECEIVING,
              s.c.sources().getUpload(GetUploadRequest.newBuilder().setName(s.abandoned.getName()).build()).getState())),
          step(ImageSourceServiceGrpc.getDeleteUploadMethod(), s -> {
            s.c.sources().deleteUpload(DeleteUploadRequest.newBuilder().setName(s.abandoned.getName()).build());
            Live.refused(NotFoundException.class, "ERROR_REASON_RESOURCE_NOT_FOUND", () -> s.c.call(() ->
                s.c.sources().getUpload(GetUploadRequest.newBuilder().setName(s.abandoned.getName()).build())));
          }),
          step(ImageSourceServiceGrpc.getWriteUploadMethod(), s -> {
            s.disk = new byte[3 * 4096];
            new java.util.Random(7).nextBytes(s.disk);
            java.util.Arrays.fill(s.disk, 4096, 8192, (byte) 0); // a hole, not sent
            Path file = Files.write(s.dir.resolve("disk.raw"), s.disk);
            s.upload = s.c.upload(s.rg, "eastus", file, new ImageGalleryClient.UploadOptions().chunkSize(4096));
          }),
          // The upload helper committed it.
          step(ImageSourceServiceGrpc.getCommitUploadMethod(), s -> assertEquals(UploadState.UPLOAD_STATE_COMMITTED,
              s.upload.getState())),
          step(ImageSourceServiceGrpc.getCreateImageSourceMethod(), s -> s.source = s.c.sources().createImageSource(
              CreateImageSourceRequest.newBuilder().setParent(s.rg).setImageSourceId("s")
                  .setImageSource(ImageSource.newBuilder().setLocation("eastus")
                      .setKind(ImageSourceKind.IMAGE_SOURCE_KIND_MANAGED_IMAGE)
                      .setOsType(OsType.OS_TYPE_LINUX).setOsState(OsState.OS_STATE_GENERALIZED)
                      .setOsDisk(SourceDisk.newBuilder().setUpload(s.upload.getName()))).build())),
          step(ImageSourceServiceGrpc.getGetImageSourceMethod(), s -> assertEquals(s.source,
              s.c.sources().getImageSource(GetImageSourceRequest.newBuilder().setName(s.source.getName()).build()))),
          step(ImageSourceServiceGrpc.getListImageSourcesMethod(), s -> assertEquals(List.of(s.source),
              s.c.listImageSources(s.rg).stream().toList())),

          // ImageVersionService and its operations.
          step(ImageVersionServiceGrpc.getCreateImageVersionMethod(), s -> s.create = s.c.beginCreateImageVersion(
              s.id, "rpcs", "g", "d", "1.0.0", ImageVersion.newBuilder()
                  .setStorageProfile(StorageProfile.newBuilder().setSource(s.source.getName())).build())),
          step(OperationsGrpc.getWaitOperationMethod(), s -> {
            s.version = s.create.getFinalResult();
            assertEquals(ResourceIds.imageVersion(s.id, "rpcs", "g", "d", "1.0.0"), s.version.getName());
          }),
          step(OperationsGrpc.getGetOperationMethod(), s -> assertEquals(
              OperationPoller.OperationStatus.SUCCESSFULLY_COMPLETED,
              s.c.resumePoller(s.create.getResumeToken(), ImageVersion.class).poll())),
          step(OperationsGrpc.getListOperationsMethod(), s -> assertListed(s.c.listOperations(),
              op -> op.getName().equals(s.create.getResumeToken()) && op.getDone())),
          step(OperationsGrpc.getCancelOperationMethod(), s -> Live.refused(FailedPreconditionException.class,
              "ERROR_REASON_OPERATION_NOT_CANCELLABLE", s.create::cancelOperation)),
          step(OperationsGrpc.getDeleteOperationMethod(), s -> s.c.operations().deleteOperation(
              DeleteOperationRequest.newBuilder().setName(s.create.getResumeToken()).build())),
          step(ImageVersionServiceGrpc.getGetImageVersionMethod(), s -> assertEquals(
              AggregatedReplicationState.AGGREGATED_REPLICATION_STATE_COMPLETED,
              s.c.versions().getImageVersion(GetImageVersionRequest.newBuilder().setName(s.version.getName())
                  .setView(ImageVersionView.IMAGE_VERSION_VIEW_FULL).build()).getReplicationStatus().getAggregatedState())),
          step(ImageVersionServiceGrpc.getListImageVersionsMethod(), s -> assertEquals(List.of(s.version.getName()),
              s.c.listImageVersions(s.definition.getName()).stream().map(ImageVersion::getName).toList())),
          step(ImageVersionServiceGrpc.getGetLatestImageVersionMethod(), s -> assertEquals(s.version.getName(),
              s.c.getLatestImageVersion(s.definition.getName()).getName())),
          step(ImageVersionServiceGrpc.getUpdateImageVersionMethod(), s -> {
            ImageVersion tagged = s.c.beginUpdateImageVersion(UpdateImageVersionRequest.newBuilder()
                .setImageVersion(ImageVersion.newBuilder().setName(s.version.getName()).putTags("suite", "java"))
                .setUpdateMask(mask("tags")).build()).getFinalResult();
            assertEquals("java", tagged.getTagsMap().get("suite"));
          }),
          step(ImageVersionServiceGrpc.getRetryImageVersionReplicationMethod(), s -> Live.refused(
              FailedPreconditionException.class, "ERROR_REASON_NO_FAILED_REGIONS",
              () -> s.c.beginRetryImageVersionReplication(s.version.getName()))),

          // SharedGalleryService: the gallery shared with another subscription, read there, unshared.
          step(SharedGalleryServiceGrpc.getShareGalleryMethod(), s -> {
            String consumer = s.id + "-consumer";
            s.c.access().createSubscription(CreateSubscriptionRequest.newBuilder().setSubscriptionId(consumer)
                .setSubscription(Subscription.newBuilder().setTenant(s.tenant.getName())).build());
            Gallery shared = s.c.shared().shareGallery(ShareGalleryRequest.newBuilder()
                .setGallery(s.gallery.getName()).setOperationType(SharingOperation.SHARING_OPERATION_ADD)
                .addGroups(SharingProfileGroup.newBuilder()
                    .setType(SharingGroupType.SHARING_GROUP_TYPE_SUBSCRIPTIONS).addIds(consumer)).build());
            s.sharedGallery = "/subscriptions/" + consumer + "/providers/Microsoft.Compute/locations/eastus"
                + "/sharedGalleries/" + shared.getUniqueName();
          }),
          step(SharedGalleryServiceGrpc.getListSharedGalleriesMethod(), s -> assertEquals(List.of(s.sharedGallery),
              s.c.shared().listSharedGalleries(ListSharedGalleriesRequest.newBuilder()
                  .setParent(s.sharedGallery.substring(0, s.sharedGallery.indexOf("/sharedGalleries"))).build())
                  .getSharedGalleriesList().stream().map(SharedGallery::getName).toList())),
          step(SharedGalleryServiceGrpc.getGetSharedGalleryMethod(), s -> assertEquals(s.sharedGallery,
              s.c.shared().getSharedGallery(GetSharedGalleryRequest.newBuilder().setName(s.sharedGallery).build())
                  .getName())),
          step(SharedGalleryServiceGrpc.getListSharedGalleryImagesMethod(), s -> assertEquals(
              List.of(s.sharedGallery + "/images/d"), s.c.shared().listSharedGalleryImages(
                  ListSharedGalleryImagesRequest.newBuilder().setParent(s.sharedGallery).build())
                  .getSharedGalleryImagesList().stream().map(SharedGalleryImage::getName).toList())),
          step(SharedGalleryServiceGrpc.getGetSharedGalleryImageMethod(), s -> assertEquals(OsType.OS_TYPE_LINUX,
              s.c.shared().getSharedGalleryImage(GetSharedGalleryImageRequest.newBuilder()
                  .setName(s.sharedGallery + "/images/d").build()).getOsType())),
          step(SharedGalleryServiceGrpc.getListSharedGalleryImageVersionsMethod(), s -> assertEquals(
              List.of(s.sharedGallery + "/images/d/versions/1.0.0"), s.c.shared().listSharedGalleryImageVersions(
                  ListSharedGalleryImageVersionsRequest.newBuilder().setParent(s.sharedGallery + "/images/d").build())
                  .getSharedGalleryImageVersionsList().stream().map(SharedGalleryImageVersion::getName).toList())),
          step(SharedGalleryServiceGrpc.getGetSharedGalleryImageVersionMethod(), s -> {
            String version = s.sharedGallery + "/images/d/versions/1.0.0";
            assertEquals(version, s.c.shared().getSharedGalleryImageVersion(
                GetSharedGalleryImageVersionRequest.newBuilder().setName(version).build()).getName());
            s.c.shared().shareGallery(ShareGalleryRequest.newBuilder().setGallery(s.gallery.getName())
                .setOperationType(SharingOperation.SHARING_OPERATION_RESET).build());
          }),

          // ReplicationService.
          step(ReplicationServiceGrpc.getGetReplicationStatusMethod(), s -> assertEquals(
              AggregatedReplicationState.AGGREGATED_REPLICATION_STATE_COMPLETED,
              s.c.replication().getReplicationStatus(GetReplicationStatusRequest.newBuilder()
                  .setName(s.version.getName()).build()).getReplication().getStatus().getAggregatedState())),
          step(ReplicationServiceGrpc.getWatchReplicationStatusMethod(), s -> {
            try (ReplicationWatch watch = s.c.watch(s.version.getName(),
                new ReplicationWatch.Options().sendInitialState(true))) {
              WatchReplicationStatusResponse first = watch.next();
              assertEquals(s.version.getName(), first.getChange().getImageVersion());
              assertTrue(watch.next().getCheckpoint().getInitialStateDone());
            }
          }),
          step(ReplicationServiceGrpc.getReadImageVersionDiskMethod(), s -> assertArrayEquals(s.disk, readDisk(s))),

          // PlanningService.
          step(PlanningServiceGrpc.getResolveDeploymentMethod(), s -> assertEquals(s.version.getName(),
              s.c.planning().resolveDeployment(ResolveDeploymentRequest.newBuilder()
                  .setImageDefinition(s.definition.getName()).setRegion("eastus")
                  .setVm(VirtualMachineSpec.newBuilder().setVCpus(2).setMemoryGb(4).setHasOsProfile(true)).build())
                  .getImageVersion())),
          step(PlanningServiceGrpc.getCheckImageSwitchMethod(), s -> assertTrue(s.c.planning().checkImageSwitch(
              CheckImageSwitchRequest.newBuilder().setCurrentImage(s.version.getName())
                  .setTargetImage(s.version.getName()).build()).getAllowed())),
          step(PlanningServiceGrpc.getRecommendReplicasMethod(), s -> assertEquals(2, s.c.planning()
              .recommendReplicas(RecommendReplicasRequest.newBuilder().setConcurrentVms(40).build()).getVmReplicas())),
          step(PlanningServiceGrpc.getCompareReplicasMethod(), s -> assertEquals(s.version.getName(), s.c.planning()
              .compareReplicas(CompareReplicasRequest.newBuilder().setImageVersion(s.version.getName()).build())
              .getImageVersion())),
          step(PlanningServiceGrpc.getEstimateCostMethod(), s -> assertEquals("eastus", s.c.planning()
              .estimateCost(EstimateCostRequest.newBuilder().setImageVersion(s.version.getName()).build())
              .getSourceRegion())),

          // MaintenanceService: a scrub, and a region's conditions changed and put back.
          step(MaintenanceServiceGrpc.getScrubReplicasMethod(), s -> assertTrue(s.c.maintenance()
              .scrubReplicas(ScrubReplicasRequest.newBuilder().setScope(s.rg).build()).getReplicasChecked() >= 1)),
          step(MaintenanceServiceGrpc.getGetRegionConditionsMethod(), s -> s.conditions = s.c.maintenance()
              .getRegionConditions(GetRegionConditionsRequest.newBuilder().setRegion(CONDITIONS_REGION).build())),
          step(MaintenanceServiceGrpc.getUpdateRegionConditionsMethod(), s -> {
            RegionConditions rehearsed = RegionConditions.newBuilder().setRegion(CONDITIONS_REGION)
                .setThrottleBytesPerSecond(1 << 20).addZonesDown("2").build();
            try {
              assertEquals(rehearsed, s.c.maintenance().updateRegionConditions(
                  UpdateRegionConditionsRequest.newBuilder().setConditions(rehearsed).build()));
            } finally {
              s.c.maintenance().updateRegionConditions(
                  UpdateRegionConditionsRequest.newBuilder().setConditions(s.conditions).build());
            }
          }),

          // Soft delete (on in the gallery): the deleted version listed, restored, deleted again, purged.
          step(ImageVersionServiceGrpc.getDeleteImageVersionMethod(), s ->
              s.c.beginDeleteImageVersion(s.version.getName()).getFinalResult()),
          step(ImageVersionServiceGrpc.getListSoftDeletedResourcesMethod(), s -> assertEquals(
              List.of(s.version.getName()), s.c.listSoftDeletedResources(s.gallery.getName()).stream()
                  .map(SoftDeletedResource::getResourceArmId).toList())),
          step(ImageVersionServiceGrpc.getUndeleteImageVersionMethod(), s -> assertEquals(s.version.getName(),
              s.c.versions().undeleteImageVersion(UndeleteImageVersionRequest.newBuilder()
                  .setName(s.version.getName()).build()).getName())),
          step(ImageVersionServiceGrpc.getPurgeImageVersionMethod(), s -> {
            s.c.beginDeleteImageVersion(s.version.getName()).getFinalResult();
            s.c.versions().purgeImageVersion(PurgeImageVersionRequest.newBuilder().setName(s.version.getName()).build());
          }),

          // Clean up.
          step(ImageSourceServiceGrpc.getDeleteImageSourceMethod(), s -> s.c.sources().deleteImageSource(
              DeleteImageSourceRequest.newBuilder().setName(s.source.getName()).build())),
          step(ImageDefinitionServiceGrpc.getDeleteImageDefinitionMethod(), s -> s.c.definitions().deleteImageDefinition(
              DeleteImageDefinitionRequest.newBuilder().setName(s.definition.getName()).build())),
          step(GalleryServiceGrpc.getDeleteGalleryMethod(), s -> s.c.galleries().deleteGallery(
              DeleteGalleryRequest.newBuilder().setName(s.gallery.getName()).build())));

  @Test
  void everyRpcHasAStep() {
    Set<String> served = new TreeSet<>();
    for (ServiceDescriptor service : Services.ALL) {
      service.getMethods().forEach(m -> served.add(m.getFullMethodName()));
    }
    Set<String> stepped = new TreeSet<>();
    STEPS.forEach(step -> stepped.add(step.rpc().getFullMethodName()));
    assertEquals(served, stepped, "one step per RPC");
    assertEquals(served.size(), STEPS.size(), "one step per RPC");
  }

  @Test
  void everyRpc(@TempDir Path dir) throws Exception {
    try (ImageGalleryClient client = Live.client()) {
      Scenario s = new Scenario();
      s.c = client;
      s.dir = dir;
      for (Step step : STEPS) {
        try {
          step.body().run(s);
        } catch (Exception | AssertionError e) {
          throw new AssertionError(step.rpc().getFullMethodName() + ": " + e, e);
        }
      }
    }
  }

  private static Step step(MethodDescriptor<?, ?> rpc, StepBody body) {
    return new Step(rpc, body);
  }

  private static FieldMask mask(String path) {
    return FieldMask.newBuilder().addPaths(path).build();
  }

  private static CreatePrincipalRequest principal(Scenario s, PrincipalType type, String name) {
    return CreatePrincipalRequest.newBuilder().setParent(s.tenant.getName())
        .setPrincipal(Principal.newBuilder().setType(type).setDisplayName(name)).build();
  }

  private static <T> void assertListed(Iterable<T> items, Predicate<T> wanted) {
    List<T> seen = new ArrayList<>();
    for (T item : items) {
      if (wanted.test(item)) {
        return;
      }
      seen.add(item);
    }
    throw new AssertionError("not listed among " + seen.size() + " items");
  }

  /** The version's OS disk read back from eastus: the chunks laid at their offsets. */
  private static byte[] readDisk(Scenario s) {
    Iterator<ReadImageVersionDiskResponse> parts = s.c.replication().readImageVersionDisk(
        ReadImageVersionDiskRequest.newBuilder().setName(s.version.getName()).setRegion("eastus").build());
    byte[] disk = new byte[(int) parts.next().getHeader().getSizeBytes()];
    while (parts.hasNext()) {
      ReplicaDiskChunk chunk = parts.next().getChunk();
      chunk.getData().copyTo(disk, (int) chunk.getOffset());
    }
    return disk;
  }
}
