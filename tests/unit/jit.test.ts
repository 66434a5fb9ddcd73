// The JIT's own tests, in the spirit of Unladen Swallow's test_llvm: programs in tests/jit/
// that use `_swallow_jit` to see what was compiled, run with a low threshold and --jit-log.
// Each checks its stdout (the values are CPython's for the same computations) and that the
// log reports the compilations and deoptimisations the program provokes. The behaviour of
// compiled code against CPython's is covered by tests/python/jit/ and by the whole
// differential suite in every JIT mode.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, it } from "node:test";
import { findRoot, scriptEnv } from "../python/harness.js";

const ROOT = findRoot();

function run(name: string, ...flags: string[]): { stdout: string; log: string[]; status: number | null } {
  const r = spawnSync(
    process.execPath,
    [join(ROOT, "bin", "swallow.js"), "--jit-log", ...flags, join(ROOT, "tests", "jit", name)],
    { env: { ...scriptEnv(), SWALLOW_JIT: "on" }, encoding: "utf8", timeout: 120_000 },
  );
  const log = r.stderr.split("\n").filter((l) => l.startsWith("[jit] "));
  return { stdout: r.stdout, log, status: r.status };
}

describe("the JIT", () => {
  it("compiles at the threshold, enters hot loops, generators and coroutines, leaves async generators alone", () => {
    const r = run("hotness.py", "--jit-threshold", "50");
    assert.equal(r.status, 0);
    assert.equal(
      r.stdout,
      "before threshold: False\nafter threshold: True\nloop: (11175, True)\ngenerator: 499500 True False\n" +
        "coroutine: 150 True False\nasync generator: 150 False True\nlong code: False True\n",
    );
    assert.ok(r.log.some((l) => /compiled looping \(/.test(l)));
    assert.ok(r.log.some((l) => /^\[jit\] total: \d+ compilations in [\d.]+ ms$/.test(l)));
  });

  it("compiles every function at its first call with threshold 0", () => {
    const r = run("hotness.py", "--jit-threshold", "0");
    assert.equal(r.status, 0);
    // range(threshold - 1) is empty: f's first call is the one after it.
    assert.match(r.stdout, /^before threshold: False\nafter threshold: True\n/);
    assert.ok(r.log.some((l) => /compiled f \(/.test(l)));
    assert.ok(r.log.some((l) => /compiled <module> \(/.test(l)));
  });

  it("deoptimises when each speculation's guard fails, with the interpreter's results", () => {
    const r = run("guards.py", "--jit-threshold", "50");
    assert.equal(r.status, 0);
    assert.equal(
      r.stdout,
      [
        "int add: 3.5 ab 9223372036854775808",
        "int compare: True False",
        "attribute: b",
        "method: B.m",
        "store attribute: 4",
        "branch: no no yes",
        "list item: 4 b",
        "dict item: one",
        "list store: {1: 5}",
        "unpacking: y",
        "float local: 3.0",
        "float power: (1.7319121124709868e-16+2.8284271247461903j)",
        "slot attribute: sb",
        "slot store: 5",
        "super method: Mid>Up",
        "deoptimised: {'add': 1, 'less': 1, 'get_v': 1, 'call_m': 1, 'set_v': 1, 'branch': 1, " +
          "'item': 1, 'lookup': 1, 'store': 1, 'pair': 1, 'scaled': 1, 'power': 1, " +
          "'slot_get': 1, 'slot_set': 1, 'who': 1}",
        "",
      ].join("\n"),
    );
    for (const [fn, line, reason] of [
      ["add", 10, "operands of \\+ not both int"],
      ["less", 16, "operands of comparison not both int"],
      ["get_v", 34, "type of the object of \\.v changed"],
      ["call_m", 40, "type of the object of \\.m\\(\\) changed"],
      ["set_v", 46, "type of the object of \\.v = changed"],
      ["branch", 54, "branch taken the other way"],
      ["item", 62, "subscript not an in-range int on a list/tuple"],
      ["lookup", 68, "subscript not a present str key of a dict"],
      ["store", 74, "subscript not an in-range int on a list/tuple"],
      ["pair", 81, "unpacking not a tuple or list of 2"],
      ["scaled", 90, "operands of \\* not float/int"],
      ["power", 97, "float \\*\\* raises or is complex"],
      ["slot_get", 109, "type of the object of \\.v changed"],
      ["slot_set", 119, "type of the object of \\.v = changed"],
      ["Mid\\.who", 131, "super\\(\\) of another class or instance type for \\.who\\(\\)"],
    ] as const) {
      const pattern = new RegExp(
        `^\\[jit\\] deopt ${fn} \\(.*guards\\.py:\\d+\\) at line ${line} \\(instruction \\d+\\): ${reason}$`,
      );
      assert.ok(
        r.log.some((l) => pattern.test(l)),
        `no deopt of ${fn}:\n${r.log.join("\n")}`,
      );
    }
  });

  it("recompiles after a deoptimisation and settles", () => {
    const r = run("recompile.py", "--jit-threshold", "50");
    assert.equal(r.status, 0);
    assert.equal(
      r.stdout,
      "True True True\nTrue [2, 3.0, 'ss', (1, 1), [2, 2], 2000000000000000000000000000000, 2, 4j]\n",
    );
    assert.ok(r.log.filter((l) => /compiled poly /.test(l)).length >= 2);
  });

  it("keeps code compiled through a first branch exit; long code neither speculates on branches nor compiles cold blocks in full", () => {
    const r = run("branch_exits.py", "--jit-threshold", "50");
    assert.equal(r.status, 0);
    assert.equal(
      r.stdout,
      [
        "first exit: negative True 1 1",
        "same exit again: negative False 2",
        "recompiled: True True negative non-negative",
        "three exits: [1, 2, 4] True 1 3",
        "fourth exit: [1, 2, 4, 8] False 4",
        "long: [3, 50, 99, 0] True 0",
        "cold blocks: [(2, [False, 1, 2]), (11, [False, 1, 2]), (62, [False, 1, 2]), (131, [False, 1, 2])] True",
        "",
      ].join("\n"),
    );
    assert.ok(!r.log.some((l) => /deopt long /.test(l)));
  });

  it("widens attribute sites that meet several types instead of making them generic", () => {
    const r = run("polymorphic.py", "--jit-threshold", "50");
    assert.equal(r.status, 0);
    assert.equal(
      r.stdout,
      [
        "monomorphic: True 0",
        "second type: 44 1",
        "mixed: [804, 844] True True",
        "override: (1404, 500) True",
        "changed class: 1760 1060 502",
        "values: 352 212 251",
        "",
      ].join("\n"),
    );
    // A, B and then C each cost Base.bump one deoptimisation, the class change one more.
    assert.ok(r.log.filter((l) => /deopt Base\.bump /.test(l)).length <= 3, r.log.join("\n"));
    assert.ok(r.log.some((l) => /deopt total .*: type of the object of \.get\(\) changed$/.test(l)));
  });

  it("gives up speculating on an object whose class is made per call, at once for all its sites", () => {
    const r = run("class_factory.py", "--jit-threshold", "50");
    assert.equal(r.status, 0);
    assert.equal(r.stdout, "148200\n");
    // One deoptimisation, not one per attribute site of `self` (there are five).
    assert.ok(r.log.filter((l) => /deopt Member\.fill /.test(l)).length <= 2, r.log.join("\n"));
  });

  it("calls compiled callees directly, with frames only when something looks", () => {
    const r = run("direct.py", "--jit-threshold", "50");
    assert.equal(r.status, 0);
    assert.equal(
      r.stdout,
      "leaf: 225\nframe: ('asks', 7)\nmethod: 5\ndeopt inside: 3.0 abab\n" +
        "shared body: 135 [('<module>', 6), ('<lambda>', 9), (-2,)] 1.5 1\n" +
        "late: 1498000 5.0\npolymorphic: 80.0 52.0 100.5\nclosures: 28 0\n",
    );
    for (const [caller, callee] of [
      ["total", "area"],
      ["asks", "where"],
      ["bumps", "Counter.bump"],
      ["scales", "scaled"],
      // not yet compiled when its caller was
      ["long_loop", "rare"],
      // one of the methods a polymorphic site met
      ["areas", ".*Square\\.area"],
      ["areas", ".*Rect\\.area"],
      ["areas", ".*Tri\\.area"],
      // a closure, known by its code
      ["adds", "make_adder\\.<locals>\\.add"],
    ] as const) {
      const pattern = new RegExp(`^\\[jit\\] compiled ${caller} \\(.*; calls directly: ${callee}($|,)`);
      assert.ok(
        r.log.some((l) => pattern.test(l)),
        `${caller} does not call ${callee} directly:\n${r.log.join("\n")}`,
      );
    }
    assert.ok(r.log.some((l) => /^\[jit\] deopt area \(.*\): operands of \* not both int$/.test(l)));
  });

  it("never splices names, strings or file names into generated code", () => {
    const r = run("injection.py", "--jit-threshold", "10");
    assert.equal(r.status, 0);
    assert.equal(r.stdout, "['*/ }); throw 1; //\\u2028 ${x} `\\nend', 'end']\n1\n");
  });

  it("is off with --no-jit", () => {
    const r = run("hotness.py", "--no-jit");
    assert.equal(r.status, 0);
    assert.match(r.stdout, /after threshold: False/);
    assert.ok(!r.log.some((l) => l.includes("compiled ")));
  });
});
