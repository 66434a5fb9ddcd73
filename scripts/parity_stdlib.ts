// Parser parity over CPython's standard library: for every .py file of this machine's
// CPython 3.11 stdlib (test/ included, site-packages excluded) compare `swallow --ast`
// (runAst, in-process) with CPython's `ast.dump(..., indent=3, include_attributes=True)`.
// A file CPython rejects counts as identical when Swallow rejects it too at the same line;
// whether the message matches is reported separately.
//
//   node dist/scripts/parity_stdlib.js [--limit N] [--filter SUBSTRING] [--report PATH]
//
// CPython runs as ONE long-lived process (scripts/parser_oracle.py) answering JSON lines.
// This file also exports that oracle client and the stdlib file list for the other parser
// scripts (mutate_parse.ts, bench_parse.ts).

import { spawn, execFileSync, type ChildProcessWithoutNullStreams } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath, pathToFileURL } from "node:url";
import { isMainThread } from "node:worker_threads";
import { runAst } from "../src/cli/ast_command.js";

/** The repository root: the nearest ancestor of this file (or of the cwd) with package.json and scripts/. */
export function repoRoot(): string {
  for (const start of [dirname(fileURLToPath(import.meta.url)), process.cwd()]) {
    let dir = start;
    while (true) {
      if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "scripts", "parser_oracle.py"))) {
        return dir;
      }
      const up = dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  return process.cwd();
}

export interface OracleReply {
  ok: boolean;
  dump?: string;
  kind?: string;
  msg?: string;
  lineno?: number | null;
  offset?: number | null;
  text?: string;
  rounds?: number[];
  files?: number;
}

/** A python3 process running scripts/parser_oracle.py; requests are answered in order. */
export class PythonOracle {
  private readonly proc: ChildProcessWithoutNullStreams;
  private readonly waiting = new Map<number, (reply: OracleReply) => void>();
  private nextId = 0;

  constructor(python = process.env["PYTHON"] ?? "python3") {
    const script = join(repoRoot(), "scripts", "parser_oracle.py");
    this.proc = spawn(python, [script], { stdio: ["pipe", "pipe", "pipe"] });
    this.proc.stderr.on("data", (chunk: Buffer) => process.stderr.write(chunk));
    this.proc.on("exit", (code) => {
      for (const resolve of this.waiting.values()) {
        resolve({ ok: false, kind: "OracleError", msg: `python3 exited with ${code}` });
      }
      this.waiting.clear();
    });
    createInterface({ input: this.proc.stdout }).on("line", (line) => {
      const reply = JSON.parse(line) as OracleReply & { id: number };
      const resolve = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      resolve?.(reply);
    });
  }

  request(req: Record<string, unknown>): Promise<OracleReply> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.proc.stdin.write(JSON.stringify({ ...req, id }) + "\n");
    });
  }

  dumpFile(path: string, name = path): Promise<OracleReply> {
    return this.request({ op: "dump", path, name });
  }

  check(source: Uint8Array, name = "<mutant>"): Promise<OracleReply> {
    return this.request({ op: "check", source: Buffer.from(source).toString("base64"), name });
  }

  close(): void {
    this.proc.stdin.end();
  }
}

/** This machine's CPython stdlib directory. */
export function stdlibDir(python = process.env["PYTHON"] ?? "python3"): string {
  return execFileSync(python, ["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], {
    encoding: "utf8",
  }).trim();
}

/** Every .py file under the stdlib, sorted, site-packages excluded. */
export function stdlibFiles(root = stdlibDir()): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const e of entries) {
      const full = join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name === "site-packages" || e.name === "__pycache__") continue;
        walk(full);
      } else if (e.isFile() && e.name.endsWith(".py")) {
        out.push(full);
      }
    }
  };
  walk(root);
  return out;
}

/** The line number and "Kind: msg" of a formatted SyntaxError (runAst's stderr). */
export function errorSummary(stderr: string): { lineno: number | null; message: string } {
  const m = /^ {2}File ".*", line (-?\d+)/m.exec(stderr);
  const lines = stderr.trimEnd().split("\n");
  return { lineno: m ? Number(m[1]) : null, message: lines[lines.length - 1] ?? "" };
}

function firstDifference(a: string, b: string): string {
  const al = a.split("\n");
  const bl = b.split("\n");
  for (let i = 0; i < Math.max(al.length, bl.length); i++) {
    if (al[i] !== bl[i]) {
      return `dump line ${i + 1}: swallow ${JSON.stringify(al[i] ?? "<end>")} cpython ${JSON.stringify(bl[i] ?? "<end>")}`;
    }
  }
  return "identical";
}

interface Options {
  limit: number;
  filter: string;
  report: string;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { limit: Infinity, filter: "", report: "/tmp/parity-report.txt" };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === "--limit") opts.limit = Number(value());
    else if (a === "--filter") opts.filter = value();
    else if (a === "--report") opts.report = value();
    else throw new Error(`unknown option ${a}; use --limit N, --filter SUBSTRING, --report PATH`);
  }
  return opts;
}

async function main(): Promise<number> {
  const opts = parseArgs(process.argv.slice(2));
  const root = stdlibDir();
  const files = stdlibFiles(root)
    .filter((f) => f.includes(opts.filter))
    .slice(0, opts.limit);
  const oracle = new PythonOracle();
  const differing: string[] = [];
  let identical = 0;
  let bothRejectSameLine = 0;
  let messageMismatch = 0;
  let swallowMs = 0;
  let slowest = { ms: 0, file: "" };
  const started = Date.now();
  // Keep a window of oracle requests in flight so python works while Swallow parses.
  const pending: (Promise<OracleReply> | undefined)[] = files.slice(0, 64).map((f) => oracle.dumpFile(f));
  for (let i = 0; i < files.length; i++) {
    if (i + 64 < files.length) pending.push(oracle.dumpFile(files[i + 64]!));
    const file = files[i]!;
    const rel = file.startsWith(root) ? file.slice(root.length + 1) : file;
    const source = readFileSync(file);
    const t0 = performance.now();
    let result: { stdout: string; stderr: string; exitCode: number };
    try {
      result = runAst(file, source);
    } catch (err) {
      const e = err as Error;
      result = { stdout: "", stderr: `JS exception ${e.name}: ${e.message}`, exitCode: -1 };
    }
    const ms = performance.now() - t0;
    swallowMs += ms;
    if (ms > slowest.ms) slowest = { ms, file: rel };
    const cp = await pending[i]!;
    pending[i] = undefined; // dumps are large; keep only the window
    let verdict: string | null = null;
    if (cp.ok) {
      if (result.exitCode !== 0) {
        verdict = `cpython accepts, swallow rejects: ${result.stderr.trimEnd().split("\n").join(" | ")}`;
      } else if (result.stdout !== cp.dump + "\n") {
        verdict = firstDifference(result.stdout, cp.dump + "\n");
      }
    } else if (result.exitCode === 0) {
      verdict = `cpython rejects (line ${cp.lineno}: ${cp.kind}: ${cp.msg}), swallow accepts`;
    } else if (result.exitCode !== 1) {
      verdict = `cpython rejects (line ${cp.lineno}), swallow: ${result.stderr}`;
    } else {
      const sw = errorSummary(result.stderr);
      if (sw.lineno !== cp.lineno) {
        verdict = `both reject; line swallow ${sw.lineno} cpython ${cp.lineno}; swallow "${sw.message}" cpython "${cp.kind}: ${cp.msg}"`;
      } else {
        bothRejectSameLine++;
        if (sw.message !== `${cp.kind}: ${cp.msg}`) {
          messageMismatch++;
          differing.push(
            `${rel}\n    (identical line; message differs) swallow "${sw.message}" cpython "${cp.kind}: ${cp.msg}"`,
          );
        }
      }
    }
    if (verdict === null) identical++;
    else differing.push(`${rel}\n    ${verdict}`);
    if ((i + 1) % 100 === 0 || i + 1 === files.length) {
      const secs = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(`[${i + 1}/${files.length}] ${identical} identical, ${secs}s\n`);
    }
  }
  oracle.close();
  const header = [
    `parity_stdlib: ${files.length} files under ${root}, ${identical} identical`,
    `both rejected at the same line: ${bothRejectSameLine} (message differs in ${messageMismatch})`,
    `swallow parse time ${(swallowMs / 1000).toFixed(2)}s; slowest ${slowest.file} ${slowest.ms.toFixed(0)}ms`,
    "",
  ];
  writeFileSync(resolve(opts.report), header.concat(differing).join("\n") + "\n");
  process.stdout.write(`${header[1]}\n${header[2]}\nreport: ${resolve(opts.report)}\n`);
  process.stdout.write(`${files.length} files, ${identical} identical\n`);
  return 0;
}

if (
  isMainThread &&
  process.argv[1] !== undefined &&
  import.meta.url === pathToFileURL(process.argv[1]).href
) {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(err);
      process.exit(2);
    },
  );
}
