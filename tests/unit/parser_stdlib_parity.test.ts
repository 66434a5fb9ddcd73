// Parser parity over this machine's CPython 3.11 standard library (every .py file, test/
// included, site-packages excluded): Swallow's tree must equal CPython's, compared as
// `ast.dump(tree, include_attributes=True)`; a file CPython rejects must be rejected with
// the same kind, message and line. Skipped, saying why, when python3 is not available.
//
// Built for wall time: ONE python3 process (scripts/parser_oracle_stream.py) gets the whole
// file list at once and streams an md5 of each dump while Swallow parses and hashes the same
// files here, so both run at the same time and only hashes cross the pipe. The full indented
// dumps of the first few differing files are fetched afterwards to show the first different
// line.

import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { it } from "node:test";
import { fileURLToPath } from "node:url";
import { dumpAst } from "../../src/parser/ast_dump.js";
import { parse, PythonSyntaxError } from "../../src/parser/index.js";

const PYTHON = process.env["PYTHON"] ?? "python3";

function findRoot(): string {
  for (const start of [dirname(fileURLToPath(import.meta.url)), process.cwd()]) {
    let dir = start;
    while (true) {
      if (existsSync(join(dir, "scripts", "parser_oracle_stream.py"))) return dir;
      const up = dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  throw new Error("cannot find the repository root (scripts/parser_oracle_stream.py)");
}

/** The stdlib's .py files, sorted, or the reason the test cannot run. */
function stdlibFiles(): string[] | string {
  const probe = spawnSync(
    PYTHON,
    [
      "-c",
      `import os, sys, sysconfig
if sys.version_info[:2] != (3, 11): sys.exit("python3 is %d.%d, not 3.11" % sys.version_info[:2])
root = sysconfig.get_paths()["stdlib"]
for d, dirs, files in os.walk(root):
    dirs[:] = sorted(x for x in dirs if x not in ("site-packages", "__pycache__"))
    for f in sorted(files):
        if f.endswith(".py"): print(os.path.join(d, f))`,
    ],
    { encoding: "utf8", maxBuffer: 64 << 20 },
  );
  if (probe.error) return `${PYTHON} is not available (${probe.error.message})`;
  if (probe.status !== 0) return `${PYTHON} failed: ${probe.stderr.trim()}`;
  return probe.stdout.split("\n").filter((line) => line !== "");
}

type Verdict = { ok: true; hash: string } | { ok: false; kind: string; msg: string; lineno: number | null };

function swallowVerdict(path: string): Verdict {
  try {
    const tree = parse(readFileSync(path), path, "exec");
    const dump = dumpAst(tree as never, null);
    return { ok: true, hash: createHash("md5").update(dump).digest("hex") };
  } catch (e) {
    if (e instanceof PythonSyntaxError) return { ok: false, kind: e.kind, msg: e.msg, lineno: e.lineno };
    const err = e as Error;
    return { ok: false, kind: `JS ${err.name}`, msg: err.message, lineno: null };
  }
}

function cpythonVerdict(line: unknown[]): Verdict {
  if (line[1] === "ok") return { ok: true, hash: line[2] as string };
  return { ok: false, kind: line[2] as string, msg: line[3] as string, lineno: line[4] as number | null };
}

function verdictText(v: Verdict): string {
  return v.ok ? "accepts" : `rejects (line ${v.lineno}: ${v.kind}: ${v.msg})`;
}

function firstDifferentLine(ours: string, theirs: string): string {
  const a = ours.split("\n");
  const b = theirs.split("\n");
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i])
      return `dump line ${i + 1}: swallow ${JSON.stringify(a[i])}, cpython ${JSON.stringify(b[i])}`;
  }
  return "dumps differ only in the flat form";
}

const files = stdlibFiles();

it(
  "every stdlib file parses as CPython parses it",
  { skip: typeof files === "string" ? `skipped: ${files}` : false },
  async (t) => {
    const paths = files as string[];
    const started = Date.now();
    const oracle = spawn(PYTHON, [join(findRoot(), "scripts", "parser_oracle_stream.py")], {
      stdio: ["pipe", "pipe", "inherit"],
    });
    oracle.stdin.write(JSON.stringify(paths) + "\n");
    const theirs: (Verdict | undefined)[] = new Array(paths.length);
    const dumps = new Map<number, string>();
    let received = 0;
    let onLine: (() => void) | null = null;
    const exited = new Promise<number | null>((resolve) => oracle.on("exit", resolve));
    createInterface({ input: oracle.stdout }).on("line", (text) => {
      const line = JSON.parse(text) as unknown[];
      if (received < paths.length) {
        theirs[line[0] as number] = cpythonVerdict(line);
        received++;
      } else dumps.set(line[0] as number, line[1] as string);
      onLine?.();
    });
    const waitFor = (done: () => boolean): Promise<void> =>
      new Promise((resolve, reject) => {
        if (done()) return resolve();
        onLine = () => {
          if (done()) {
            onLine = null;
            resolve();
          }
        };
        void exited.then((code) => reject(new Error(`${PYTHON} exited with ${code}`)));
      });

    const differences: { index: number; text: string }[] = [];
    const ours: Verdict[] = [];
    for (let i = 0; i < paths.length; i++) {
      ours.push(swallowVerdict(paths[i]!));
      // Let the oracle's lines in, so its pipe never fills while we parse.
      if (i % 16 === 15) await new Promise((resolve) => setImmediate(resolve));
    }
    await waitFor(() => received === paths.length);
    for (let i = 0; i < paths.length; i++) {
      const a = ours[i]!;
      const b = theirs[i]!;
      const same = a.ok && b.ok ? a.hash === b.hash : !a.ok && !b.ok && verdictText(a) === verdictText(b);
      if (!same)
        differences.push({
          index: i,
          text: `${paths[i]}: swallow ${verdictText(a)}, cpython ${verdictText(b)}`,
        });
    }

    // Show where the first few differing trees differ.
    const trees = differences.filter((d) => ours[d.index]!.ok && theirs[d.index]!.ok).slice(0, 3);
    if (trees.length) {
      oracle.stdin.write(JSON.stringify(trees.map((d) => d.index)) + "\n");
      await waitFor(() => trees.every((d) => dumps.has(d.index)));
      for (const d of trees) {
        const mine = dumpAst(parse(readFileSync(paths[d.index]!), paths[d.index]!, "exec") as never);
        d.text += `\n    ${firstDifferentLine(mine, dumps.get(d.index)!)}`;
      }
    }
    oracle.stdin.end();
    await exited;
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const summary = `${paths.length} files, ${paths.length - differences.length} identical, ${seconds}s`;
    t.diagnostic(summary);
    assert.equal(differences.length, 0, `${summary}\n${differences.map((d) => d.text).join("\n")}`);
  },
);
