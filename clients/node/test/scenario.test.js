// The scenario every client runs against the live server at $IMAGEGALLERY_ADDRESS,
// through the SDK: a gallery and a definition, an uploaded source, a version to
// two regions watched to Completed, latest, a change of regions, an error's
// reason and violations, and the deletes.
import assert from "node:assert/strict";
import { createHash, randomBytes } from "node:crypto";
import { test } from "node:test";
import {
  AggregatedReplicationState,
  Code,
  createImageGalleryClient,
  ImageGalleryError,
  ImageVersionView,
  OsState,
  OsType,
  ProvisioningState,
  toImageGalleryError,
  UploadState,
  uploadDisk,
  waitOperation,
  watchReplication,
} from "../src/index.js";
import { linuxImage } from "./live.js";

const address = process.env.IMAGEGALLERY_ADDRESS;
if (!address) throw new Error("IMAGEGALLERY_ADDRESS is not set: run the suite with a live server (make test-clients)");
const token = process.env.IMAGEGALLERY_TOKEN;

test("the scenario, through the SDK", async (t) => {
  const client = createImageGalleryClient({ address, token, deadlineMs: 10_000 });
  // Resources live in a subscription that exists: one of the scenario's own.
  const subscriptionId = `node-${randomBytes(6).toString("hex")}`;
  const subscription = await client.access.createSubscription({ subscriptionId });
  const parent = `${subscription.name}/resourceGroups/rg1`;

  // The region catalog.
  assert.equal((await client.regions.getRegion({ name: "West US 2" })).name, "westus2");
  assert.ok((await client.regions.listRegions({})).regions.some((r) => r.name === "eastus"));

  // A gallery and a definition.
  const gallery = await client.galleries.createGallery({
    parent,
    galleryId: "scenario",
    gallery: { location: "eastus", description: "node scenario" },
  });
  const definition = await client.definitions.createImageDefinition({
    parent: gallery.name,
    imageDefinitionId: "ubuntu",
    imageDefinition: {
      osType: OsType.LINUX,
      osState: OsState.GENERALIZED,
      identifier: { publisher: "Contoso", offer: "Ubuntu", sku: "24_04" },
    },
  });

  const described = await client.galleries.updateGallery({
    gallery: { name: gallery.name, description: "node scenario, updated" },
    updateMask: { paths: ["description"] },
  });
  assert.equal(described.description, "node scenario, updated");
  const tagged = await client.definitions.updateImageDefinition({
    imageDefinition: { name: definition.name, tags: { team: "node" } },
    updateMask: { paths: ["tags"] },
  });
  assert.deepEqual(tagged.tags, { team: "node" });
  const definitions = await client.definitions.listImageDefinitions({ parent: gallery.name });
  assert.deepEqual(definitions.imageDefinitions.map((d) => d.name), [definition.name]);

  // A source: a few KiB of random bytes, then zeros the upload never sends.
  const data = new Uint8Array(3 * 1024 * 1024);
  data.set(randomBytes(6 * 1024));
  data.set(randomBytes(4 * 1024), 1024 * 1024 + 512); // the second chunk has data, the third is all zeros
  const upload = await uploadDisk(client, { parent, location: "eastus", disk: data });
  assert.equal(upload.state, UploadState.COMMITTED);
  assert.equal(upload.disk?.sha256, createHash("sha256").update(data).digest("hex"));
  assert.equal(upload.disk?.sizeBytes, BigInt(data.length));
  assert.equal((await client.sources.getUpload({ name: upload.name })).receivedBytes, BigInt(data.length));
  // An upload abandoned is deleted.
  const abandoned = await client.sources.createUpload({ parent, upload: { location: "eastus", sizeBytes: 4096n } });
  await client.sources.deleteUpload({ name: abandoned.name });
  assert.equal((await client.sources.getUpload({ name: abandoned.name }).catch(toImageGalleryError)).code, Code.NotFound);

  const source = await client.sources.createImageSource({
    parent,
    imageSourceId: "image",
    imageSource: linuxImage(upload.name),
  });
  assert.match(source.name, /\/providers\/Microsoft\.Compute\/images\/image$/);
  assert.deepEqual(await client.sources.getImageSource({ name: source.name }), source);
  assert.deepEqual((await client.sources.listImageSources({ parent })).imageSources, [source]);

  // A version to two regions, watched to Completed.
  const operation = await client.versions.createImageVersion({
    parent: definition.name,
    imageVersionId: "1.0.0",
    imageVersion: {
      storageProfile: { source: source.name },
      publishingProfile: { targetRegions: [{ name: "eastus" }, { name: "West US" }] },
    },
  });
  const name = `${definition.name}/versions/1.0.0`;
  const seen = [];
  for await (const message of watchReplication(client, { scope: name, sendInitialState: true })) {
    if (message.event.case !== "change") continue;
    const status = message.event.value.status;
    seen.push(AggregatedReplicationState[status?.aggregatedState ?? 0]);
    if (status?.aggregatedState === AggregatedReplicationState.FAILED) assert.fail(`replication failed: ${seen}`);
    if (status?.aggregatedState === AggregatedReplicationState.COMPLETED) {
      assert.deepEqual(status.summary.map((r) => r.region).sort(), ["eastus", "westus"]);
      break;
    }
  }
  // The same state, read once: the replication status with its cursor, and the full version.
  const status = await client.replication.getReplicationStatus({ name });
  assert.equal(status.replication?.status?.aggregatedState, AggregatedReplicationState.COMPLETED);
  assert.notEqual(status.cursor, "");
  const full = await client.versions.getImageVersion({ name, view: ImageVersionView.FULL });
  assert.equal(full.replicationStatus?.summary.length, 2);
  assert.deepEqual((await client.versions.listImageVersions({ parent: definition.name })).imageVersions.map((v) => v.name), [name]);
  assert.equal((await client.operations.getOperation({ name: operation.name })).name, operation.name);

  const progress = [];
  const created = await waitOperation(client, operation, { onProgress: (m) => progress.push(m.progressPercent) });
  assert.equal(created?.name, name);
  assert.equal(created?.provisioningState, ProvisioningState.SUCCEEDED);
  assert.equal(progress.at(-1), 100);

  // Latest is this version.
  const latest = await client.versions.getLatestImageVersion({ parent: definition.name });
  assert.equal(latest.name, name);

  // Its regions change: westus goes (which the safety profile must allow), westus2 comes.
  const updated = await waitOperation(
    client,
    await client.versions.updateImageVersion({
      imageVersion: {
        name,
        publishingProfile: { targetRegions: [{ name: "eastus" }, { name: "westus2" }] },
        safetyProfile: { allowDeletionOfReplicatedLocations: true },
      },
      updateMask: { paths: ["publishing_profile.target_regions", "safety_profile"] },
      requestId: crypto.randomUUID(),
    }),
  );
  assert.deepEqual(updated?.publishingProfile?.targetRegions.map((r) => r.name).sort(), ["eastus", "westus2"]);
  assert.equal(updated?.safetyProfile?.allowDeletionOfReplicatedLocations, true);

  // Nothing failed, so there is nothing to retry; an operation cannot be cancelled.
  const retry = await client.versions.retryImageVersionReplication({ name }).catch(toImageGalleryError);
  assert.equal(retry.reason, "ERROR_REASON_NO_FAILED_REGIONS");
  const cancel = await client.operations.cancelOperation({ name: operation.name }).catch(toImageGalleryError);
  assert.equal(cancel.reason, "ERROR_REASON_OPERATION_NOT_CANCELLABLE");
  const listed = await client.operations.listOperations({ name: "operations", pageSize: 1000 });
  assert.ok(listed.operations.some((o) => o.name === operation.name));
  await client.operations.deleteOperation({ name: operation.name });

  // An error's reason and field violations.
  const err = await client.galleries
    .createGallery({ parent, galleryId: "-bad-", gallery: {} })
    .then(() => assert.fail("a bad gallery id was accepted"), toImageGalleryError);
  assert.ok(err instanceof ImageGalleryError);
  assert.equal(err.code, Code.InvalidArgument);
  assert.equal(err.reason, "ERROR_REASON_INVALID_NAME");
  assert.equal(err.domain, "imagegallery.v1");
  const fields = err.fieldViolations.map((v) => v.field);
  assert.ok(fields.includes("gallery_id") && fields.includes("gallery.location"), `violations: ${fields}`);
  assert.equal(err.fieldViolations.find((v) => v.field === "gallery_id")?.reason, "ERROR_REASON_INVALID_NAME");

  // The deletes: the version (an operation), the source, the definition and the gallery.
  assert.equal(await waitOperation(client, await client.versions.deleteImageVersion({ name })), undefined);
  const gone = await client.versions.getImageVersion({ name }).catch(toImageGalleryError);
  assert.equal(gone.code, Code.NotFound);
  await client.sources.deleteImageSource({ name: source.name });
  await client.definitions.deleteImageDefinition({ name: definition.name });
  await client.galleries.deleteGallery({ name: gallery.name });
  const galleryGone = await client.galleries.getGallery({ name: gallery.name }).catch(toImageGalleryError);
  assert.equal(galleryGone.reason, "ERROR_REASON_RESOURCE_NOT_FOUND");
});
