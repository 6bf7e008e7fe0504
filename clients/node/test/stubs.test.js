// Runs the generated stubs against the live server at $IMAGEGALLERY_ADDRESS:
// create (in a subscription it creates first), read, list, a rejected create, delete.
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { test } from "node:test";
import { Code, ConnectError, createClient } from "@connectrpc/connect";
import { createGrpcTransport } from "@connectrpc/connect-node";
import {
  HyperVGeneration,
  OsState,
  OsType,
  ProvisioningState,
} from "../src/gen/imagegallery/v1/common_pb.js";
import { BadRequestSchema, ErrorInfoSchema } from "../src/gen/google/rpc/error_details_pb.js";
import { AccessService } from "../src/gen/imagegallery/v1/access_service_pb.js";
import { GalleryService } from "../src/gen/imagegallery/v1/gallery_service_pb.js";
import { ImageDefinitionService } from "../src/gen/imagegallery/v1/image_definition_service_pb.js";

/** Awaits a call that must fail with `code`; answers its ConnectError. */
async function rejection(call, code) {
  const err = await call.then(
    (res) => assert.fail(`expected ${Code[code]}, got an answer: ${JSON.stringify(res)}`),
    (e) => ConnectError.from(e),
  );
  assert.equal(err.code, code, `expected ${Code[code]}, got: ${err.message}`);
  return err;
}

test("gallery lifecycle against the live server", async () => {
  const address = process.env.IMAGEGALLERY_ADDRESS;
  assert.ok(
    address,
    "IMAGEGALLERY_ADDRESS is not set: run the tests with a live server, e.g. " +
      ".venv/bin/python -m imagegallery_server.testing node='cd clients/node && node --test test/'",
  );
  // The server wants "authorization: Bearer <token>" on every call.
  const token = process.env.IMAGEGALLERY_TOKEN;
  assert.ok(token, "IMAGEGALLERY_TOKEN is not set: the server refuses calls without a token");
  const bearer = (next) => (req) => {
    req.header.set("authorization", `Bearer ${token}`);
    return next(req);
  };
  const transport = createGrpcTransport({ baseUrl: `http://${address}`, interceptors: [bearer] });
  const galleries = createClient(GalleryService, transport);
  const definitions = createClient(ImageDefinitionService, transport);
  const access = createClient(AccessService, transport);

  const subscriptionId = `node-${randomBytes(6).toString("hex")}`;
  const subscription = await access.createSubscription({ subscriptionId });
  const parent = `${subscription.name}/resourceGroups/rg1`;
  const name = `${parent}/providers/Microsoft.Compute/galleries/gallery_node`;

  // 1. Create a gallery.
  const gallery = await galleries.createGallery({
    parent,
    galleryId: "gallery_node",
    gallery: { location: "East US", description: "from node" },
  });
  assert.equal(gallery.name, name);
  assert.equal(gallery.location, "eastus");
  assert.equal(gallery.description, "from node");
  assert.notEqual(gallery.etag, "");
  assert.equal(gallery.provisioningState, ProvisioningState.SUCCEEDED);

  // 2. Read it back, by its name and by the name in upper case.
  for (const n of [name, name.toUpperCase()]) {
    assert.deepEqual(await galleries.getGallery({ name: n }), gallery, `GetGallery(${n})`);
  }

  // 3. Create an image definition in it and read it back.
  const def = await definitions.createImageDefinition({
    parent: name,
    imageDefinitionId: "ubuntu-22_04",
    imageDefinition: {
      osType: OsType.LINUX,
      osState: OsState.GENERALIZED,
      identifier: { publisher: "Contoso", offer: "Ubuntu", sku: "22_04" },
    },
  });
  const gotDef = await definitions.getImageDefinition({ name: def.name });
  assert.deepEqual(gotDef, def);
  assert.equal(gotDef.name, `${name}/images/ubuntu-22_04`);
  assert.equal(gotDef.hyperVGeneration, HyperVGeneration.V1);
  assert.equal(gotDef.location, gallery.location);

  // 4. List the resource group's galleries: exactly this one.
  const list = await galleries.listGalleries({ parent });
  assert.deepEqual(list.galleries, [gallery]);
  assert.equal(list.nextPageToken, "");

  // 5. A bad create: invalid name, no location.
  const err = await rejection(
    galleries.createGallery({ parent, galleryId: "-bad-", gallery: {} }),
    Code.InvalidArgument,
  );
  const [info] = err.findDetails(ErrorInfoSchema);
  assert.equal(info?.reason, "ERROR_REASON_INVALID_NAME");
  assert.equal(info?.domain, "imagegallery.v1");
  const fields = err.findDetails(BadRequestSchema).flatMap((b) => b.fieldViolations.map((v) => v.field));
  assert.ok(fields.includes("gallery_id") && fields.includes("gallery.location"), `violations: ${fields}`);

  // 6. Delete the definition, then the gallery; both are gone.
  await definitions.deleteImageDefinition({ name: def.name });
  await galleries.deleteGallery({ name });
  await rejection(definitions.getImageDefinition({ name: def.name }), Code.NotFound);
  await rejection(galleries.getGallery({ name }), Code.NotFound);
});
