// Runs every example under examples/ against the live server at $IMAGEGALLERY_ADDRESS,
// with the token in $IMAGEGALLERY_TOKEN (each example reads both).
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readdirSync } from "node:fs";
import { test } from "node:test";
import { promisify } from "node:util";

const address = process.env.IMAGEGALLERY_ADDRESS;
if (!address) throw new Error("IMAGEGALLERY_ADDRESS is not set: run the suite with a live server (make test-clients)");
const token = process.env.IMAGEGALLERY_TOKEN;
const examples = new URL("../examples/", import.meta.url);

for (const file of readdirSync(examples).filter((f) => f.endsWith(".js"))) {
  test(`examples/${file}`, async () => {
    assert.ok(token, "IMAGEGALLERY_TOKEN is not set: the server refuses calls without a token");
    const { stdout } = await promisify(execFile)(process.execPath, [new URL(file, examples).pathname], {
      timeout: 120_000,
      env: { ...process.env, IMAGEGALLERY_ADDRESS: address, IMAGEGALLERY_TOKEN: token },
    });
    assert.match(stdout, /published /);
  });
}
