// Publishes an image version to two regions and watches its replication live.
//   IMAGEGALLERY_ADDRESS=127.0.0.1:50051 IMAGEGALLERY_TOKEN=<token> node examples/watch.js
import { randomBytes } from "node:crypto";
import {
  AggregatedReplicationState,
  createImageGalleryClient,
  ImageSourceKind,
  OsState,
  OsType,
  ReplicationState,
  toImageGalleryError,
  uploadDisk,
  waitOperation,
  watchReplication,
} from "imagegallery-client";

const client = createImageGalleryClient({
  address: process.env.IMAGEGALLERY_ADDRESS ?? "127.0.0.1:50051",
  token: process.env.IMAGEGALLERY_TOKEN,
});
const subscriptionId = `example-${randomBytes(4).toString("hex")}`;
const parent = `/subscriptions/${subscriptionId}/resourceGroups/images`;

try {
  // Resources live in a subscription that exists (this needs an administrator's token).
  await client.access.createSubscription({ subscriptionId });
  const gallery = await client.galleries.createGallery({ parent, galleryId: "examples", gallery: { location: "eastus" } });
  const definition = await client.definitions.createImageDefinition({
    parent: gallery.name,
    imageDefinitionId: "ubuntu",
    imageDefinition: {
      osType: OsType.LINUX,
      osState: OsState.GENERALIZED,
      identifier: { publisher: "Contoso", offer: "Ubuntu", sku: "24_04" },
    },
  });

  // A 2 MiB disk: 64 KiB of data, the rest zeros (never sent).
  const data = new Uint8Array(2 * 1024 * 1024);
  data.set(randomBytes(64 * 1024));
  const upload = await uploadDisk(client, { parent, location: "eastus", disk: data });
  const source = await client.sources.createImageSource({
    parent,
    imageSourceId: "ubuntu-disk",
    imageSource: {
      location: "eastus",
      kind: ImageSourceKind.MANAGED_IMAGE,
      osType: OsType.LINUX,
      osState: OsState.GENERALIZED,
      osDisk: { upload: upload.name },
    },
  });

  const operation = await client.versions.createImageVersion({
    parent: definition.name,
    imageVersionId: "1.0.0",
    imageVersion: {
      storageProfile: { source: source.name },
      publishingProfile: { targetRegions: [{ name: "eastus" }, { name: "westus" }] },
    },
  });
  const name = `${definition.name}/versions/1.0.0`;

  // Watch the version until every region is Completed (at most a minute).
  const signal = AbortSignal.timeout(60_000);
  for await (const message of watchReplication(client, { scope: name, sendInitialState: true, signal })) {
    if (message.event.case !== "change") continue;
    const status = message.event.value.status;
    const regions = (status?.summary ?? []).map((r) => `${r.region} ${ReplicationState[r.state]} ${r.progress}%`);
    console.log(`${AggregatedReplicationState[status?.aggregatedState ?? 0]}: ${regions.join(", ")}`);
    if (status?.aggregatedState === AggregatedReplicationState.COMPLETED) break;
  }
  const version = await waitOperation(client, operation);
  console.log(`published ${version?.name}`);

  // Clean up.
  await waitOperation(client, await client.versions.deleteImageVersion({ name }));
  await client.sources.deleteImageSource({ name: source.name });
  await client.definitions.deleteImageDefinition({ name: definition.name });
  await client.galleries.deleteGallery({ name: gallery.name });
} catch (err) {
  const e = toImageGalleryError(err);
  console.error(`${e.codeName} ${e.reason}: ${e.message}`);
  for (const v of e.fieldViolations) console.error(`  ${v.field}: ${v.description}`);
  process.exitCode = 1;
}
