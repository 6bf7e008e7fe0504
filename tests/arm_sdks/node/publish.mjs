// Publishes a version through @azure/arm-compute against imagegallery's ARM front,
// as a user of the Azure SDK would, and prints what it saw as one JSON line.
// Env: ARM_ENDPOINT, IMAGEGALLERY_TOKEN, SUBSCRIPTION, RESOURCE_GROUP, SOURCE_ID;
// NODE_EXTRA_CA_CERTS names the server's CA (the SDK is given nothing else).
import { ComputeManagementClient } from "@azure/arm-compute";

const env = process.env;
const credential = {
  getToken: async () => ({ token: env.IMAGEGALLERY_TOKEN, expiresOnTimestamp: Date.now() + 3_600_000 }),
};
const compute = new ComputeManagementClient(credential, env.SUBSCRIPTION, { endpoint: env.ARM_ENDPOINT });
const rg = env.RESOURCE_GROUP;
const poll = { updateIntervalInMs: 100 };

const gallery = await compute.galleries.createOrUpdate(rg, "node", { location: "eastus", description: "made by Node" }, poll);
await compute.galleryImages.createOrUpdate(rg, "node", "ubuntu", {
  location: "eastus",
  osType: "Linux",
  osState: "Generalized",
  hyperVGeneration: "V2",
  identifier: { publisher: "Contoso", offer: "Ubuntu", sku: "node" },
}, poll);
const version = await compute.galleryImageVersions.createOrUpdate(rg, "node", "ubuntu", "1.0.0", {
  location: "eastus",
  storageProfile: { source: { id: env.SOURCE_ID } },
  publishingProfile: { targetRegions: [{ name: "eastus" }, { name: "westus" }] },
}, poll);
const expanded = await compute.galleryImageVersions.get(rg, "node", "ubuntu", "1.0.0", { expand: "ReplicationStatus" });
const listed = [];
for await (const item of compute.galleryImageVersions.listByGalleryImage(rg, "node", "ubuntu")) listed.push(item.name);
let error = null;
try {
  await compute.galleries.get(rg, "missing");
} catch (e) {
  error = { statusCode: e.statusCode, code: e.code };
}
await compute.galleryImageVersions.delete(rg, "node", "ubuntu", "1.0.0", poll);
await compute.galleryImages.delete(rg, "node", "ubuntu", poll);
await compute.galleries.delete(rg, "node", poll);
const remaining = [];
for await (const item of compute.galleries.listByResourceGroup(rg)) remaining.push(item.name);

console.log(JSON.stringify({
  gallery: { name: gallery.name, state: gallery.provisioningState, uniqueName: gallery.identifier?.uniqueName },
  version: { id: version.id, state: version.provisioningState },
  replication: expanded.replicationStatus?.aggregatedState,
  regions: (expanded.replicationStatus?.summary ?? []).map((s) => s.region).sort(),
  listed,
  error,
  remaining,
}));
