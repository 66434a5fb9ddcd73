// Regenerates tests/python/known_failures.txt: runs every differential script through
// Swallow (4 at a time) and lists each one that does not match CPython, with the first
// difference as the reason. Run after `npm run build`:
//   node dist/scripts/python_known_failures.js [feature]
// With a feature name only that folder is rerun; entries for other folders are kept.

import { writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  KNOWN_FAILURES,
  describeDifference,
  findRoot,
  listScripts,
  pool,
  readExpected,
  readKnownFailures,
  runSwallow,
} from "../tests/python/harness.js";

const root = findRoot();
const feature = process.argv[2];
const scripts = listScripts(root, feature);
const started = Date.now();
const reasons = await pool(scripts, 4, async (rel) =>
  describeDifference(await runSwallow(root, rel), readExpected(root, rel)),
);

const entries = new Map<string, string>();
if (feature !== undefined) {
  for (const [path, reason] of readKnownFailures(root))
    if (!path.startsWith(`tests/python/${feature}/`)) entries.set(path, reason);
}
scripts.forEach((rel, i) => {
  const reason = reasons[i];
  if (reason !== null) entries.set(rel, reason.replace(/\s+/g, " "));
});

const header = [
  "# Differential scripts expected to fail: one path per line (relative to the repo root), then",
  "# `# reason` (the first difference from CPython 3.11 when the script was listed).",
  "# A listed script that passes fails the test run; delete its line (or rerun",
  "# `node dist/scripts/python_known_failures.js`) then.",
];
const lines = [...entries.keys()].sort().map((p) => `${p}  # ${entries.get(p)}`);
writeFileSync(join(root, KNOWN_FAILURES), header.concat(lines).join("\n") + "\n");
const failing = reasons.filter((r) => r !== null).length;
console.log(
  `${scripts.length} scripts, ${scripts.length - failing} pass, ${failing} fail; ` +
    `${entries.size} entries written to ${KNOWN_FAILURES} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
