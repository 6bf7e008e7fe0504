// Runs the examples under examples/ against the live server at $IMAGEGALLERY_ADDRESS,
// with the token in $IMAGEGALLERY_TOKEN (each example reads both), checking what each prints.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { test } from "node:test";
import { promisify } from "node:util";

const address = process.env.IMAGEGALLERY_ADDRESS;
if (!address) throw new Error("IMAGEGALLERY_ADDRESS is not set: run the suite with a live server (make test-clients)");
const token = process.env.IMAGEGALLERY_TOKEN;
const examples = new URL("../examples/", import.meta.url);

test("examples/watch.js publishes a version and watches it to Completed in every region", async () => {
  assert.ok(token, "IMAGEGALLERY_TOKEN is not set: the server refuses calls without a token");
  const { stdout } = await promisify(execFile)(process.execPath, [new URL("watch.js", examples).pathname], {
    timeout: 120_000,
    env: { ...process.env, IMAGEGALLERY_ADDRESS: address, IMAGEGALLERY_TOKEN: token },
  });
  const lines = stdout.trim().split("\n");
  assert.match(lines.at(-2), /^COMPLETED: eastus COMPLETED 100%, westus COMPLETED 100%$/);
  const version = /^published \/subscriptions\/example-[0-9a-f]{8}\/resourceGroups\/images\/providers\/Microsoft\.Compute\/galleries\/examples\/images\/ubuntu\/versions\/1\.0\.0$/;
  assert.match(lines.at(-1), version);
});
