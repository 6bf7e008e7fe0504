// Runs every example under examples/ against the live server at $IMAGEGALLERY_ADDRESS.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readdirSync } from "node:fs";
import { test } from "node:test";
import { promisify } from "node:util";

const address = process.env.IMAGEGALLERY_ADDRESS;
const examples = new URL("../examples/", import.meta.url);

for (const file of readdirSync(examples).filter((f) => f.endsWith(".js"))) {
  test(`examples/${file}`, { skip: !address && "IMAGEGALLERY_ADDRESS is not set" }, async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [new URL(file, examples).pathname], {
      timeout: 120_000,
    });
    assert.match(stdout, /published /);
  });
}
