// The RPCs the scenario does not call, through the SDK against the live server
// at $IMAGEGALLERY_ADDRESS, under a "node-rpcs-…" subscription of their own:
// reading a version's disk back, planning (deployments, image switches,
// replicas, cost), maintenance (scrubbing, a region's rehearsed conditions) and
// soft delete (listing, restoring and purging a deleted version).
import assert from "node:assert/strict";
import { createHash, randomBytes } from "node:crypto";
import { test } from "node:test";
import {
  createImageGalleryClient,
  OsState,
  OsType,
  PlanningWarningReason,
  uploadDisk,
  waitOperation,
} from "../src/index.js";
import { linuxImage } from "./live.js";

const address = process.env.IMAGEGALLERY_ADDRESS;
const token = process.env.IMAGEGALLERY_TOKEN;
if (!address) throw new Error("IMAGEGALLERY_ADDRESS is not set: run the suite with a live server (make test-clients)");
const live = {};

// A region no other suite touches: its rehearsed conditions are changed here.
const REHEARSED_REGION = "swedencentral";

test("reading, planning and maintenance calls, through the SDK", live, async (t) => {
  const client = createImageGalleryClient({ address, token, deadlineMs: 20_000 });
  const subscriptionId = `node-rpcs-${randomBytes(6).toString("hex")}`;
  const subscription = await client.access.createSubscription({ subscriptionId });
  const parent = `${subscription.name}/resourceGroups/rpcs`;

  // A version with two replicas in eastus, made from a disk of random bytes
  // between zeros (holes the read does not send).
  const gallery = await client.galleries.createGallery({
    parent,
    galleryId: "rpcs",
    gallery: { location: "eastus", softDeletePolicy: { isSoftDeleteEnabled: true } },
  });
  assert.equal(gallery.softDeletePolicy?.retentionPeriodInDays, 7);
  const definition = await client.definitions.createImageDefinition({
    parent: gallery.name,
    imageDefinitionId: "ubuntu",
    imageDefinition: {
      osType: OsType.LINUX,
      osState: OsState.GENERALIZED,
      identifier: { publisher: "Contoso", offer: "Ubuntu", sku: "rpcs" },
      recommended: { vCpus: { min: 1, max: 8 } },
    },
  });
  const data = new Uint8Array(3 * 1024 * 1024 + 4096);
  data.set(randomBytes(10 * 1024), 512);
  data.set(randomBytes(4 * 1024), 2 * 1024 * 1024 + 100);
  const sha256 = createHash("sha256").update(data).digest("hex");
  const upload = await uploadDisk(client, { parent, location: "eastus", disk: data });
  const source = await client.sources.createImageSource({
    parent,
    imageSourceId: "disk",
    imageSource: linuxImage(upload.name),
  });
  const version = await waitOperation(
    client,
    await client.versions.createImageVersion({
      parent: definition.name,
      imageVersionId: "1.0.0",
      imageVersion: {
        storageProfile: { source: source.name },
        publishingProfile: { targetRegions: [{ name: "eastus", regionalReplicaCount: 2 }] },
      },
    }),
    { timeoutMs: 90_000 },
  );
  const name = `${definition.name}/versions/1.0.0`;
  assert.equal(version?.name, name);

  await t.test("ReadImageVersionDisk gives back the bytes uploaded", async () => {
    const replicas = new Set();
    for (let read = 0; read < 2; read++) {
      let header;
      const disk = new Uint8Array(data.length);
      let end = -1;
      for await (const message of client.replication.readImageVersionDisk({ name, region: "East US" })) {
        if (message.part.case === "header") {
          assert.equal(header, undefined, "a second header");
          header = message.part.value;
          continue;
        }
        assert.ok(header, "a chunk before the header");
        assert.equal(message.part.case, "chunk");
        const { offset, data: bytes } = message.part.value;
        assert.ok(Number(offset) > end, "chunks out of order or overlapping");
        assert.ok(bytes.length <= 1024 * 1024, `a chunk of ${bytes.length} bytes`);
        disk.set(bytes, Number(offset));
        end = Number(offset) + bytes.length - 1;
      }
      assert.ok(header, "no header");
      assert.equal(header.imageVersion, name);
      assert.equal(header.disk, "os");
      assert.equal(header.region, "eastus");
      assert.equal(header.sizeBytes, BigInt(data.length));
      assert.equal(header.sha256, sha256);
      assert.ok(Buffer.from(disk).equals(Buffer.from(data)), "the disk read differs from the disk uploaded");
      replicas.add(header.replica);
    }
    // Successive reads go to the region's replicas in turn.
    assert.deepEqual([...replicas].sort(), [0, 1]);
  });

  await t.test("PlanningService", async () => {
    // Deployments spread over the region's replicas.
    const vm = { vCpus: 2, memoryGb: 4, hasOsProfile: true };
    const first = await client.planning.resolveDeployment({ imageDefinition: definition.name, region: "eastus", vm });
    assert.equal(first.imageVersion, name);
    assert.equal(first.replica?.region, "eastus");
    assert.equal(first.replica?.regionReplicas, 2);
    assert.deepEqual(first.warnings, []);
    const second = await client.planning.resolveDeployment({
      imageDefinition: definition.name,
      version: "1.0.0",
      region: "East US",
      vm: { ...vm, vCpus: 16 },
    });
    assert.equal(second.imageVersion, name);
    assert.notEqual(second.replica?.index, first.replica?.index);
    assert.deepEqual(second.warnings.map((w) => [w.reason, w.field]), [
      [PlanningWarningReason.V_CPUS_OUTSIDE_RECOMMENDED, "vm.v_cpus"],
    ]);

    // A definition's latest is this version: the switch changes nothing.
    const check = await client.planning.checkImageSwitch({ currentImage: name, targetImage: definition.name });
    assert.equal(check.allowed, true);
    assert.deepEqual(check.mismatches, []);
    assert.equal(check.currentImageVersion, name);
    assert.equal(check.targetImageVersion, name);

    // ⌈40/20⌉ = 2 for the VMs, ⌈600/600⌉ + ⌈601/600⌉ = 3 for the scale sets; then the limit.
    const advice = await client.planning.recommendReplicas({ concurrentVms: 40, scaleSetInstances: [600, 601] });
    assert.deepEqual(
      [advice.vmReplicas, advice.scaleSetReplicas, advice.unlimitedReplicas, advice.replicas],
      [2, 3, 5, 5],
    );
    const limited = await client.planning.recommendReplicas({ concurrentVms: 40, margin: 0.5, replicaLimit: 2 });
    assert.deepEqual([limited.unlimitedReplicas, limited.replicas, limited.replicaLimit], [3, 2, 2]);
    assert.deepEqual(limited.warnings.map((w) => w.reason), [PlanningWarningReason.ABOVE_REPLICA_LIMIT]);

    const compared = await client.planning.compareReplicas({
      imageVersion: name,
      loads: [{ region: "eastus", concurrentVms: 100 }, { region: "West US", concurrentVms: 10 }],
    });
    assert.equal(compared.imageVersion, name);
    assert.deepEqual(
      compared.regions.map((r) => [r.region, r.replicaCount, r.replicasCompleted, r.recommendedReplicas, r.change]),
      [
        ["eastus", 2, 2, 5, 3],
        ["westus", 0, 0, 1, 1],
      ],
    );
    assert.deepEqual(compared.regions[1].warnings.map((w) => w.reason), [PlanningWarningReason.REGION_NOT_TARGETED]);

    const cost = await client.planning.estimateCost({
      imageVersion: name,
      prices: { currency: "USD", defaultStoragePerGibMonth: 0.5, egressPerGib: 0.1 },
    });
    assert.equal(cost.imageVersion, name);
    assert.equal(cost.sourceRegion, "eastus");
    assert.equal(cost.currency, "USD");
    assert.ok(cost.occupiedBytesPerReplica > 0n && cost.occupiedBytesPerReplica <= BigInt(data.length));
    assert.deepEqual(cost.regions.map((r) => [r.region, r.replicas, r.egressBytes]), [["eastus", 2, 0n]]);
    assert.equal(cost.regions[0].storageBytes, cost.occupiedBytesPerReplica * 2n);
    assert.equal(cost.total?.replicas, 2);
    assert.equal(cost.total?.storageBytes, cost.regions[0].storageBytes);
    assert.ok(Math.abs((cost.total?.storageCostPerMonth ?? NaN) - cost.total.storageGib * 0.5) < 1e-9);
    assert.equal(cost.total?.egressCost, 0);
    // A proposed version, not created: 1 GiB occupied, copied once to westus.
    const proposal = await client.planning.estimateCost({
      proposed: {
        location: "eastus",
        publishingProfile: { targetRegions: [{ name: "eastus" }, { name: "westus" }] },
        osDisk: { sizeBytes: 4n << 30n, occupiedBytes: 1n << 30n },
      },
    });
    assert.equal(proposal.imageVersion, "");
    assert.deepEqual(proposal.regions.map((r) => [r.region, r.egressBytes]), [["eastus", 0n], ["westus", 1n << 30n]]);
    assert.equal(proposal.total?.egressGib, 1);
  });

  await t.test("MaintenanceService", async () => {
    const scrubbed = await client.maintenance.scrubReplicas({ scope: name });
    assert.equal(scrubbed.replicasChecked, 2);
    assert.deepEqual(scrubbed.damaged, []);

    const before = await client.maintenance.getRegionConditions({ region: "Sweden Central" });
    assert.equal(before.region, REHEARSED_REGION);
    try {
      const rehearsed = await client.maintenance.updateRegionConditions({
        conditions: { region: REHEARSED_REGION, throttleBytesPerSecond: 50n * 1024n * 1024n, zonesDown: ["2"] },
      });
      assert.equal(rehearsed.region, REHEARSED_REGION);
      assert.equal(rehearsed.throttleBytesPerSecond, 50n * 1024n * 1024n);
      assert.deepEqual(rehearsed.zonesDown, ["2"]);
      assert.deepEqual(await client.maintenance.getRegionConditions({ region: REHEARSED_REGION }), rehearsed);
    } finally {
      await client.maintenance.updateRegionConditions({ conditions: before });
    }
    assert.deepEqual(await client.maintenance.getRegionConditions({ region: REHEARSED_REGION }), before);
  });

  // Soft delete: the deleted version is listed, restored, deleted again and purged.
  const softDelete = async () =>
    waitOperation(client, await client.versions.deleteImageVersion({ name }), { timeoutMs: 60_000 });
  await softDelete();
  const kept = [];
  for await (const resource of client.listSoftDeletedResources({ parent: gallery.name })) kept.push(resource.resourceArmId);
  assert.deepEqual(kept, [name]);
  assert.equal((await client.versions.undeleteImageVersion({ name })).name, name);
  await softDelete();
  await client.versions.purgeImageVersion({ name });

  // Clean up.
  await client.sources.deleteImageSource({ name: source.name });
  await client.definitions.deleteImageDefinition({ name: definition.name });
  await client.galleries.deleteGallery({ name: gallery.name });
});
