// A definition's security features and a shallow version, through the SDK, against
// the live server at $IMAGEGALLERY_ADDRESS under a "node-features-…" subscription.
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { test } from "node:test";
import {
  createImageGalleryClient,
  DiskControllerType,
  HyperVGeneration,
  ImageSourceKind,
  InvalidArgumentError,
  ImageVersionView,
  OsState,
  OsType,
  ReplicationMode,
  SecurityType,
  uploadDisk,
  VirtualMachineSecurityType,
  waitOperation,
} from "../src/index.js";

const address = process.env.IMAGEGALLERY_ADDRESS;
const token = process.env.IMAGEGALLERY_TOKEN;
if (!address) throw new Error("IMAGEGALLERY_ADDRESS is not set: run the suite with a live server (make test-clients)");

test("features refuse what a definition does not support; a shallow version serves at once", async () => {
  const client = createImageGalleryClient({ address, token, deadlineMs: 10_000 });
  const subscription = await client.access.createSubscription({
    subscriptionId: `node-features-${randomBytes(6).toString("hex")}`,
  });
  const parent = `${subscription.name}/resourceGroups/features`;
  const gallery = await client.galleries.createGallery({ parent, galleryId: "features", gallery: { location: "eastus" } });
  const imageDefinition = {
    osType: OsType.LINUX,
    osState: OsState.GENERALIZED,
    identifier: { publisher: "Contoso", offer: "Ubuntu", sku: "tl" },
    features: { securityType: SecurityType.TRUSTED_LAUNCH_SUPPORTED, diskControllerTypes: [DiskControllerType.SCSI] },
  };
  const onV1 = await client.definitions
    .createImageDefinition({ parent: gallery.name, imageDefinitionId: "tl", imageDefinition })
    .catch((e) => e);
  assert.ok(onV1 instanceof InvalidArgumentError, `${onV1}`);
  assert.equal(onV1.reason, "ERROR_REASON_FEATURE_NEEDS_GENERATION_V2");
  const definition = await client.definitions.createImageDefinition({
    parent: gallery.name,
    imageDefinitionId: "tl",
    imageDefinition: { ...imageDefinition, hyperVGeneration: HyperVGeneration.V2 },
  });
  assert.equal(definition.features?.securityType, SecurityType.TRUSTED_LAUNCH_SUPPORTED);

  const data = new Uint8Array(1024 * 1024);
  data.set(randomBytes(4096));
  const upload = await uploadDisk(client, { parent, location: "eastus", disk: data });
  const source = await client.sources.createImageSource({
    parent,
    imageSourceId: "tl",
    imageSource: {
      location: "eastus",
      kind: ImageSourceKind.MANAGED_IMAGE,
      osType: OsType.LINUX,
      osState: OsState.GENERALIZED,
      hyperVGeneration: HyperVGeneration.V2,
      osDisk: { upload: upload.name },
    },
  });
  const operation = await client.versions.createImageVersion({
    parent: definition.name,
    imageVersionId: "1.0.0",
    imageVersion: {
      storageProfile: { source: source.name },
      publishingProfile: { replicationMode: ReplicationMode.SHALLOW },
    },
  });
  const version = await waitOperation(client, operation);
  const full = await client.versions.getImageVersion({ name: version.name, view: ImageVersionView.FULL });
  assert.equal(full.replicationStatus?.replicationMode, ReplicationMode.SHALLOW);

  const vm = (fields) => ({ imageDefinition: definition.name, region: "eastus", vm: { hasOsProfile: true, ...fields } });
  const trusted = await client.planning.resolveDeployment(vm({ securityType: VirtualMachineSecurityType.TRUSTED_LAUNCH }));
  assert.equal(trusted.replicationMode, ReplicationMode.SHALLOW);
  const nvme = await client.planning.resolveDeployment(vm({ diskControllerType: DiskControllerType.NVME })).catch((e) => e);
  assert.equal(nvme.reason, "ERROR_REASON_FEATURE_NOT_SUPPORTED");
  assert.match(nvme.message, /DiskControllerTypes=SCSI/);
  client.close();
});
