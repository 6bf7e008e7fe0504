// What a refused call throws: an error of its code's class, with the reason
// and, for bad input, every field at fault.
//   IMAGEGALLERY_SUBSCRIPTION=<a subscription that exists> node examples/errors.js
import { createImageGalleryClient, InvalidArgumentError, NotFoundError } from "imagegallery-client";

const client = createImageGalleryClient({ address: process.env.IMAGEGALLERY_ADDRESS, token: process.env.IMAGEGALLERY_TOKEN });
const { galleries } = client.subscription(process.env.IMAGEGALLERY_SUBSCRIPTION);

try {
  await galleries.create("images", "-bad-", {});
} catch (e) {
  if (!(e instanceof InvalidArgumentError)) throw e;
  console.log(`${e.name} ${e.reason}`);
  for (const v of e.fieldViolations) console.log(`  ${v.field}: ${v.reason}`);
}

try {
  await galleries.get("images", "missing");
} catch (e) {
  if (!(e instanceof NotFoundError)) throw e; // UNAUTHENTICATED, PERMISSION_DENIED…: their own classes
  console.log(`${e.name} ${e.reason}: ${e.message}`);
}
client.close();
