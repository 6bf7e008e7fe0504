// Runs every example under examples/ against the live server at $IMAGEGALLERY_ADDRESS,
// with the token in $IMAGEGALLERY_TOKEN (each example reads both), checking what each
// prints; and checks that the README shows each example as its file has it.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { imageVersionName, subscriptionName } from "../src/index.js";
import { liveClient, liveServer, newSubscription } from "./live.js";

const examples = new URL("../examples/", import.meta.url);

/** Runs examples/`file` with `args` and `env`; answers the lines it printed. */
async function run(file, args = [], env = {}) {
  const { address, token } = liveServer();
  const { stdout } = await promisify(execFile)(process.execPath, [fileURLToPath(new URL(file, examples)), ...args], {
    timeout: 120_000,
    env: { ...process.env, IMAGEGALLERY_ADDRESS: address, IMAGEGALLERY_TOKEN: token, ...env },
  });
  return stdout.trim().split("\n");
}

/** A subscription of its own for an example. */
async function subscription() {
  const client = liveClient();
  const subscriptionId = await newSubscription(client, "example");
  client.close();
  return subscriptionId;
}

test("examples/connect.js connects as the suite's principal", async () => {
  assert.match((await run("connect.js")).join("\n"), /^connected as tenants\/[^/]+\/principals\/[^/]+ \(administrator: true\)$/);
});

test("examples/publish.js publishes a version that examples/watch.js sees Completed in every region", async () => {
  const subscriptionId = await subscription();
  const dir = await mkdtemp(join(tmpdir(), "node-example-"));
  try {
    // A 2 MiB disk: 64 KiB of data, the rest zeros (never sent).
    const disk = new Uint8Array(2 * 1024 * 1024);
    disk.set(randomBytes(64 * 1024));
    await writeFile(join(dir, "disk.raw"), disk);
    const watched = run("watch.js", [subscriptionName(subscriptionId)]);
    const published = await run("publish.js", [join(dir, "disk.raw")], { IMAGEGALLERY_SUBSCRIPTION: subscriptionId });

    assert.equal(published[0], "uploaded 0 of 2097152 bytes");
    assert.ok(published.includes("uploaded 2097152 of 2097152 bytes"), published.join("\n"));
    assert.ok(published.some((line) => /^creating: operations\/\S+$/.test(line)), published.join("\n"));
    assert.deepEqual(published.slice(-3), [
      `published ${imageVersionName(subscriptionId, "images", "myGallery", "ubuntu", "1.0.0")}`,
      "version 1.0.0 in eastus,westus",
      "latest 1.0.0",
    ]);
    assert.equal((await watched).at(-1), "1.0.0 COMPLETED: eastus COMPLETED 100%, westus COMPLETED 100%");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("examples/errors.js catches an InvalidArgumentError naming the fields, then a NotFoundError", async () => {
  const lines = await run("errors.js", [], { IMAGEGALLERY_SUBSCRIPTION: await subscription() });
  assert.equal(lines[0], "InvalidArgumentError ERROR_REASON_INVALID_NAME");
  assert.ok(lines.includes("  gallery_id: ERROR_REASON_INVALID_NAME"), lines.join("\n"));
  assert.ok(lines.includes("  gallery.location: ERROR_REASON_FIELD_REQUIRED"), lines.join("\n"));
  assert.match(lines.at(-1), /^NotFoundError ERROR_REASON_RESOURCE_NOT_FOUND: .*galleries\/missing/);
});

test("the README shows every example as its file has it, and no other code", async () => {
  const readme = await readFile(new URL("../README.md", import.meta.url), "utf8");
  const blocks = [...readme.matchAll(/```js\n(.*?)```/gs)].map((m) => m[1]);
  const files = (await readdir(examples)).filter((f) => f.endsWith(".js")).sort();
  const texts = await Promise.all(files.map((f) => readFile(new URL(f, examples), "utf8")));
  for (const [i, file] of files.entries()) assert.ok(blocks.includes(texts[i]), `the README does not show examples/${file} as it is`);
  for (const block of blocks) assert.ok(texts.includes(block), `a README block is no example:\n${block}`);
});
