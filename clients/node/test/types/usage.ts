// The SDK's surface as a TypeScript program uses it: type-checked (never run)
// by test/types.test.js, so that the .d.ts files stay true to the code.
import { createReadStream } from "node:fs";
import {
  AggregatedReplicationState,
  Code,
  createImageGalleryClient,
  getContinuationToken,
  type ImageVersion,
  ImageGalleryError,
  imageDefinitionName,
  InvalidArgumentError,
  NotFoundError,
  type OperationPoller,
  type OperationState,
  OsState,
  OsType,
  resourceGroupName,
  type SubscriptionClient,
  type Upload,
  uploadDisk,
  watchReplication,
} from "../../src/index.js";

export async function usage(): Promise<void> {
  const client = createImageGalleryClient({ address: "127.0.0.1:50051", token: "t" });
  const sub: SubscriptionClient = client.subscription("demo");
  await sub.galleries.create("images", "g", { location: "eastus" });
  await sub.galleryImages.create("images", "g", "ubuntu", { osType: OsType.LINUX, osState: OsState.GENERALIZED });
  const upload: Upload = await uploadDisk(client, {
    parent: resourceGroupName("demo", "images"),
    location: "eastus",
    disk: createReadStream("disk.raw"),
    sizeBytes: 1024,
    onProgress: ({ loadedBytes, totalBytes }) => console.log(loadedBytes / totalBytes),
  });
  await uploadDisk(client, { resume: upload.name, disk: "disk.raw" });

  const body = { storageProfile: { source: "s" }, publishingProfile: { targetRegions: [{ name: "eastus" }] } };
  const poller: OperationPoller<ImageVersion> = await sub.galleryImageVersions.beginCreate("images", "g", "ubuntu", "1.0.0", body);
  poller.onProgress((state: OperationState<ImageVersion>) => console.log(state.status, state.metadata?.progressPercent));
  const version: ImageVersion = await poller.pollUntilDone({ abortSignal: AbortSignal.timeout(1000) });
  const state: string = (await poller.poll()).status;
  const resumed = await client.pollerFrom(poller.toString());
  const done: boolean = resumed.isDone();
  const same: ImageVersion = await client.beginCreateImageVersionAndWait({ parent: imageDefinitionName("demo", "images", "g", "ubuntu"), imageVersionId: "1.0.1", imageVersion: body });
  const deleted: undefined = await sub.galleryImageVersions.beginDeleteAndWait("images", "g", "ubuntu", "1.0.0");
  await (await client.beginDeleteImageVersion(same.name)).pollUntilDone();
  await sub.galleryImageVersions.beginUpdateAndWait("images", "g", "ubuntu", "1.0.1", { tags: { a: "b" } }, { updateMask: { paths: ["tags"] } });

  for await (const v of client.listImageVersions({ parent: imageDefinitionName("demo", "images", "g", "ubuntu") })) {
    const name: string = v.name;
    console.log(name);
  }
  for await (const page of sub.galleryImageVersions.listByGalleryImage("images", "g", "ubuntu").byPage({ maxPageSize: 10 })) {
    const token: string | undefined = getContinuationToken(page);
    const names: string[] = page.map((v) => v.name);
    console.log(token, names);
  }
  for await (const deleted of client.listSoftDeletedResources({ parent: "g" })) console.log(deleted.resourceArmId);
  const latest: ImageVersion = await sub.galleryImageVersions.getLatest("images", "g", "ubuntu", { region: "westus" });

  for await (const message of watchReplication(client, { scope: latest.name, sendInitialState: true })) {
    if (message.event.case === "change" && message.event.value.status?.aggregatedState === AggregatedReplicationState.COMPLETED) break;
  }

  try {
    await sub.galleries.get("images", "none");
  } catch (e) {
    if (e instanceof InvalidArgumentError) for (const v of e.fieldViolations) console.log(v.field, v.reason, v.description);
    if (e instanceof NotFoundError) console.log(e.reason);
    if (e instanceof ImageGalleryError && e.code === Code.NotFound) console.log(e.codeName);
  }
  console.log(version, state, done, deleted);
  client.close();
}
