// The benchmark runner's `# bench-requires: MODULE` header: a process that stops because
// the implementation lacks that module is a skip with the reason, not a failure; any
// other missing module is still a failure.

import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { discoverBenchmarks } from "../../bench/runner/suite.js";
import { runProcess } from "../../bench/runner/execute.js";
import { summarizeRuns } from "../../bench/runner/summary.js";

test("a missing required module skips the benchmark", async () => {
  const dir = mkdtempSync(join(tmpdir(), "bench-skip-"));
  try {
    writeFileSync(
      join(dir, "needs.py"),
      "# bench-group: library\n# bench-requires: no_such_module_a, no_such_module_b\nimport no_such_module_b\n",
    );
    writeFileSync(join(dir, "other.py"), "# bench-group: library\nimport no_such_module_c\n");
    const [needs, other] = discoverBenchmarks(dir);
    assert.deepEqual(needs!.requires, ["no_such_module_a", "no_such_module_b"]);
    assert.equal(other!.requires, undefined);
    const impl = { name: "python3", command: ["python3"] };
    const options = { iterations: 1, timeoutSec: 60, trackMemory: false, cwd: dir };

    const skipped = await runProcess(needs!, impl, options);
    assert.equal(skipped.ok, false);
    assert.equal(skipped.skipped, true);
    assert.match(skipped.error!, /no module 'no_such_module_b'/);
    const summary = summarizeRuns("python3", [skipped], "iterations");
    assert.equal(summary.ok, false);
    assert.equal(summary.skipped, true);

    const failed = await runProcess(other!, impl, options);
    assert.equal(failed.skipped, undefined);
    assert.match(failed.error!, /exit status 1: .*No module named 'no_such_module_c'/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
