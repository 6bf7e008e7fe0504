// Publishes version 1.0.0 of an image to two regions: a gallery, an image
// definition, a disk uploaded from a file, its image source, and the version
// followed by its poller; then pages through the versions and asks for the latest.
//   IMAGEGALLERY_SUBSCRIPTION=<a subscription that exists> node examples/publish.js disk.raw
import {
  createImageGalleryClient,
  ImageSourceKind,
  OsState,
  OsType,
  resourceGroupName,
  uploadDisk,
} from "imagegallery-client";

const client = createImageGalleryClient({ address: process.env.IMAGEGALLERY_ADDRESS, token: process.env.IMAGEGALLERY_TOKEN });
const subscriptionId = process.env.IMAGEGALLERY_SUBSCRIPTION;
const { galleries, galleryImages, galleryImageVersions } = client.subscription(subscriptionId);

await galleries.create("images", "myGallery", { location: "eastus", description: "Golden images" });
await galleryImages.create("images", "myGallery", "ubuntu", {
  osType: OsType.LINUX,
  osState: OsState.GENERALIZED,
  identifier: { publisher: "Contoso", offer: "Ubuntu", sku: "24_04" },
});

// The disk streams from its file; `resume: upload.name` would go on with an interrupted upload.
const parent = resourceGroupName(subscriptionId, "images");
const upload = await uploadDisk(client, {
  parent,
  location: "eastus",
  disk: process.argv[2],
  onProgress: ({ loadedBytes, totalBytes }) => console.log(`uploaded ${loadedBytes} of ${totalBytes} bytes`),
});
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

const poller = await galleryImageVersions.beginCreate("images", "myGallery", "ubuntu", "1.0.0", {
  storageProfile: { source: source.name },
  publishingProfile: { targetRegions: [{ name: "eastus" }, { name: "westus" }] },
});
console.log(`creating: ${poller}`); // client.pollerFrom(`${poller}`) follows it from anywhere
const version = await poller.pollUntilDone();
console.log(`published ${version.name}`);

for await (const v of galleryImageVersions.listByGalleryImage("images", "myGallery", "ubuntu")) {
  console.log(`version ${v.name.split("/").at(-1)} in ${v.publishingProfile?.targetRegions.map((r) => r.name)}`);
}
const latest = await galleryImageVersions.getLatest("images", "myGallery", "ubuntu");
console.log(`latest ${latest.name.split("/").at(-1)}`);
client.close();
