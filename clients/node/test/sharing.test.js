// SharedGalleryService through the SDK, against the live server at
// $IMAGEGALLERY_ADDRESS: a gallery of one "node-…" subscription shared with
// another, read there through its shared names, then reset to private.
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { test } from "node:test";
import {
  Code,
  createImageGalleryClient,
  GallerySharingPermission,
  OsState,
  OsType,
  SharingGroupType,
  SharingOperation,
  toImageGalleryError,
} from "../src/index.js";

const address = process.env.IMAGEGALLERY_ADDRESS;
const token = process.env.IMAGEGALLERY_TOKEN;
if (!address) throw new Error("IMAGEGALLERY_ADDRESS is not set: run the suite with a live server (make test-clients)");
const live = {};

test("a gallery shared with another subscription, read through its shared names", live, async () => {
  const client = createImageGalleryClient({ address, token, deadlineMs: 20_000 });
  const suffix = randomBytes(6).toString("hex");
  const owner = await client.access.createSubscription({ subscriptionId: `node-share-${suffix}` });
  const consumer = await client.access.createSubscription({ subscriptionId: `node-shared-${suffix}` });
  const gallery = await client.galleries.createGallery({
    parent: `${owner.name}/resourceGroups/sharing`,
    galleryId: "g",
    gallery: { location: "eastus" },
  });
  await client.definitions.createImageDefinition({
    parent: gallery.name,
    imageDefinitionId: "d",
    imageDefinition: {
      osType: OsType.LINUX,
      osState: OsState.GENERALIZED,
      identifier: { publisher: "Contoso", offer: "Ubuntu", sku: "node" },
    },
  });

  const shared = await client.shared.shareGallery({
    gallery: gallery.name,
    operationType: SharingOperation.ADD,
    groups: [{ type: SharingGroupType.SUBSCRIPTIONS, ids: [`node-shared-${suffix}`] }],
  });
  assert.equal(shared.sharingProfile?.permissions, GallerySharingPermission.GROUPS);

  const location = `${consumer.name}/providers/Microsoft.Compute/locations/eastus`;
  const name = `${location}/sharedGalleries/${shared.uniqueName}`;
  const listed = await client.shared.listSharedGalleries({ parent: location });
  assert.deepEqual(listed.sharedGalleries.map((g) => g.name), [name]);
  const got = await client.shared.getSharedGallery({ name });
  assert.equal(got.uniqueId, `/SharedGalleries/${shared.uniqueName}`);
  const image = `${name}/images/d`;
  const images = await client.shared.listSharedGalleryImages({ parent: name });
  assert.deepEqual(images.sharedGalleryImages.map((i) => i.name), [image]);
  assert.equal((await client.shared.getSharedGalleryImage({ name: image })).osType, OsType.LINUX);
  const versions = await client.shared.listSharedGalleryImageVersions({ parent: image });
  assert.deepEqual(versions.sharedGalleryImageVersions, []);
  const missing = await client.shared
    .getSharedGalleryImageVersion({ name: `${image}/versions/1.0.0` })
    .then(() => assert.fail("a missing version was found"), toImageGalleryError);
  assert.equal(missing.code, Code.NotFound);
  assert.equal(missing.reason, "ERROR_REASON_SHARED_GALLERY_NOT_FOUND");

  await client.shared.shareGallery({ gallery: gallery.name, operationType: SharingOperation.RESET });
  assert.deepEqual((await client.shared.listSharedGalleries({ parent: location })).sharedGalleries, []);
});
