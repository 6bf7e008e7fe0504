// The TypeScript types (src/*.d.ts) are true to the SDK: test/types/usage.ts,
// a program using the whole surface, type-checks under strict settings.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const tsc = fileURLToPath(new URL("../node_modules/typescript/bin/tsc", import.meta.url));
const project = fileURLToPath(new URL("types/tsconfig.json", import.meta.url));

test("the .d.ts files type-check a program using the surface", async () => {
  const checked = await promisify(execFile)(process.execPath, [tsc, "-p", project], { timeout: 300_000 }).then(
    () => "",
    (e) => `${e.stdout}${e.stderr}`,
  );
  assert.equal(checked, "", checked);
});
