// Mutation robustness test for the parser. Real source files (the CPython stdlib) are cut
// into crude tokens, then tokens are deleted, duplicated, swapped or replaced, junk text and
// random bytes (invalid UTF-8 and NUL included) are inserted, and files are cut short. For
// every mutant Swallow's `parse` must
//   - throw nothing but PythonSyntaxError,
//   - finish in well under a second (parses run in a worker thread; one that runs past the
//     timeout is a hang: the worker is terminated and restarted),
//   - accept exactly when CPython's ast.parse accepts (one long-lived python3 process).
//
//   node dist/scripts/mutate_parse.js [--files N] [--mutants-per-file K] [--seed S]
//                                     [--timeout MS] [--save DIR]
//
// Exits 1 on a JS exception or a hang; disagreements are reported (and saved) but do not
// change the exit code. Mutants worth a look are written to --save (default /tmp/mutants).

import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { parse } from "../src/parser/index.js";
import { PythonSyntaxError } from "../src/parser/syntax_error.js";
import { PythonOracle, stdlibFiles } from "./parity_stdlib.js";

const WORKER_ROLE = "mutate-parse-worker";

// ---------------------------------------------------------------- random numbers and tokens

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
export function makeRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// The source is handled as a latin-1 string (one char per byte) so that mutations can split
// multi-byte characters and the result re-encodes to exactly the mutated bytes.
const TOKEN_RE =
  /[ \t\f]+|\r?\n|\r|#[^\r\n]*|[A-Za-z_\x80-\xff][\w\x80-\xff]*|\d[\w.]*|'''|"""|\*\*=?|\/\/=?|<<=?|>>=?|->|\.\.\.|:=|[-+*/%&|^@<>=!]=|[^\s]/g;

export function crudeTokens(text: string): string[] {
  return text.match(TOKEN_RE) ?? [];
}

const JUNK = [
  "(",
  ")",
  "[",
  "]",
  "{",
  "}",
  ":",
  ",",
  ";",
  ".",
  "=",
  "==",
  ":=",
  "*",
  "**",
  "->",
  "@",
  "\\",
  "\\\n",
  "'",
  '"',
  "'''",
  '"""',
  "f'{",
  "}'",
  "f'{x!z}'",
  "b'\xe9'",
  "rb'",
  "\n",
  "\r",
  "\r\n",
  "\t",
  " ",
  "    ",
  "\f",
  "\n    ",
  "\n\t",
  "if",
  "else",
  "elif",
  "def",
  "class",
  "lambda",
  "return",
  "yield",
  "await",
  "async",
  "match",
  "case",
  "_",
  "try",
  "except",
  "except*",
  "finally",
  "with",
  "as",
  "for",
  "in",
  "not",
  "is",
  "import",
  "from",
  "global",
  "nonlocal",
  "del",
  "pass",
  "None",
  "True",
  "False",
  "0",
  "01",
  "0x",
  "1_",
  "1e",
  "1j",
  "0b2",
  "...",
  "$",
  "?",
  "!",
  "`",
  "\xe2\x82\xac",
  "\xc2\xa0",
  "\\N{",
  "\\x",
  "#",
  "# coding: latin-1\n",
  "\xef\xbb\xbf",
  "\x00",
];

const MUTATIONS = ["delete", "duplicate", "swap", "replace", "junk", "bytes", "truncate", "indent"] as const;

/** One mutant of `text` (a latin-1 string): 1-3 mutations, described in `how`. */
export function mutate(text: string, rng: () => number): { bytes: Uint8Array; how: string[] } {
  let tokens = crudeTokens(text);
  const how: string[] = [];
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
  const solid = (): number => {
    // an index of a token that is not whitespace, or -1
    for (let tries = 0; tries < 20 && tokens.length > 0; tries++) {
      const i = Math.floor(rng() * tokens.length);
      if (!/^\s+$/.test(tokens[i]!)) return i;
    }
    return tokens.length > 0 ? Math.floor(rng() * tokens.length) : -1;
  };
  const count = 1 + Math.floor(rng() * 3);
  for (let n = 0; n < count; n++) {
    const kind = pick(MUTATIONS);
    const i = solid();
    if (i < 0 && kind !== "junk" && kind !== "bytes") continue;
    switch (kind) {
      case "delete":
        how.push(`delete ${JSON.stringify(tokens[i])}@${i}`);
        tokens.splice(i, 1);
        break;
      case "duplicate":
        how.push(`duplicate ${JSON.stringify(tokens[i])}@${i}`);
        tokens.splice(i, 0, tokens[i]!);
        break;
      case "swap": {
        let j = i + 1;
        while (j < tokens.length && /^[ \t\f]+$/.test(tokens[j]!)) j++;
        if (j >= tokens.length) break;
        how.push(`swap ${JSON.stringify(tokens[i])}@${i} ${JSON.stringify(tokens[j])}`);
        [tokens[i], tokens[j]] = [tokens[j]!, tokens[i]!];
        break;
      }
      case "replace": {
        const by = rng() < 0.5 ? tokens[solid()]! : pick(JUNK);
        how.push(`replace ${JSON.stringify(tokens[i])}@${i} by ${JSON.stringify(by)}`);
        tokens[i] = by;
        break;
      }
      case "junk": {
        const at = Math.floor(rng() * (tokens.length + 1));
        const junk = pick(JUNK);
        how.push(`insert ${JSON.stringify(junk)}@${at}`);
        tokens.splice(at, 0, junk);
        break;
      }
      case "bytes": {
        const at = Math.floor(rng() * (tokens.length + 1));
        let junk = "";
        const len = 1 + Math.floor(rng() * 4);
        for (let k = 0; k < len; k++) junk += String.fromCharCode(Math.floor(rng() * 256));
        how.push(`insert bytes ${JSON.stringify(junk)}@${at}`);
        tokens.splice(at, 0, junk);
        break;
      }
      case "truncate": {
        const joined = tokens.join("");
        const at = Math.floor(rng() * joined.length);
        how.push(`truncate at byte ${at}`);
        tokens = crudeTokens(joined.slice(0, at));
        break;
      }
      case "indent": {
        // change the indentation of one line
        const nl = tokens.findIndex((t, k) => k >= i && /^(\r?\n|\r)$/.test(t));
        if (nl < 0) break;
        const ws = pick([" ", "  ", "\t", "        ", "\f"]);
        how.push(`indent ${JSON.stringify(ws)} after newline @${nl}`);
        if (rng() < 0.5 && /^[ \t]+$/.test(tokens[nl + 1] ?? "")) tokens.splice(nl + 1, 1);
        else tokens.splice(nl + 1, 0, ws);
        break;
      }
    }
  }
  return { bytes: Buffer.from(tokens.join(""), "latin1"), how };
}

// ---------------------------------------------------------------- the parse worker

interface WorkRequest {
  id: number;
  bytes: Uint8Array;
}
export interface WorkResult {
  id: number;
  outcome: "accept" | "reject" | "exception" | "hang";
  ms: number;
  detail: string;
  lineno: number | null;
}

function workerMain(): void {
  parentPort!.on("message", (req: WorkRequest) => {
    const t0 = performance.now();
    let result: WorkResult;
    try {
      parse(req.bytes, "<mutant>", "exec");
      result = { id: req.id, outcome: "accept", ms: 0, detail: "", lineno: null };
    } catch (err) {
      if (err instanceof PythonSyntaxError) {
        result = {
          id: req.id,
          outcome: "reject",
          ms: 0,
          detail: `${err.kind}: ${err.msg}`,
          lineno: err.lineno,
        };
      } else {
        const e = err as Error;
        const detail = e instanceof Error ? (e.stack ?? `${e.name}: ${e.message}`) : String(err);
        result = { id: req.id, outcome: "exception", ms: 0, detail, lineno: null };
      }
    }
    result.ms = performance.now() - t0;
    parentPort!.postMessage(result);
  });
}

/** Runs parse() in a worker thread; a parse that outlives `timeoutMs` is reported as a hang. */
class ParseWorker {
  private worker!: Worker;
  private current: { resolve: (r: WorkResult) => void; timer: NodeJS.Timeout; id: number } | null = null;
  private nextId = 0;

  constructor(private readonly timeoutMs: number) {
    this.start();
  }

  private start(): void {
    this.worker = new Worker(new URL(import.meta.url), { workerData: { role: WORKER_ROLE } });
    this.worker.on("message", (r: WorkResult) => {
      const cur = this.current;
      if (cur === null || cur.id !== r.id) return;
      clearTimeout(cur.timer);
      this.current = null;
      cur.resolve(r);
    });
    this.worker.on("error", (err) => {
      const cur = this.current;
      if (cur === null) return;
      clearTimeout(cur.timer);
      this.current = null;
      cur.resolve({
        id: cur.id,
        outcome: "exception",
        ms: 0,
        detail: `worker error: ${err.stack}`,
        lineno: null,
      });
      this.start();
    });
  }

  parse(bytes: Uint8Array): Promise<WorkResult> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.current = null;
        void this.worker.terminate();
        this.start();
        resolve({
          id,
          outcome: "hang",
          ms: this.timeoutMs,
          detail: `no answer in ${this.timeoutMs}ms`,
          lineno: null,
        });
      }, this.timeoutMs);
      this.current = { resolve, timer, id };
      this.worker.postMessage({ id, bytes });
    });
  }

  close(): Promise<number> {
    return this.worker.terminate();
  }
}

// ---------------------------------------------------------------- the driver

export interface MutationOptions {
  files: string[];
  mutantsPerFile: number;
  seed: number;
  timeoutMs?: number;
  saveDir?: string | null;
  log?: (line: string) => void;
}

export interface MutationSummary {
  mutants: number;
  accepted: number;
  rejected: number;
  jsExceptions: string[];
  hangs: string[];
  disagreements: string[];
  slow: number;
  slowest: { ms: number; what: string };
}

export async function runMutation(opts: MutationOptions): Promise<MutationSummary> {
  const rng = makeRng(opts.seed);
  const oracle = new PythonOracle();
  const worker = new ParseWorker(opts.timeoutMs ?? 5000);
  const log = opts.log ?? (() => {});
  const save = (tag: string, n: number, bytes: Uint8Array, note: string): string => {
    if (!opts.saveDir) return "";
    mkdirSync(opts.saveDir, { recursive: true });
    const p = join(opts.saveDir, `${tag}-${n}.py`);
    writeFileSync(p, bytes);
    writeFileSync(p + ".txt", note + "\n");
    return ` (saved ${p})`;
  };
  if (opts.saveDir) {
    // Forget the mutants saved by an earlier run.
    mkdirSync(opts.saveDir, { recursive: true });
    for (const name of readdirSync(opts.saveDir)) {
      if (/^(exception|hang|disagree)-\d+\.py(\.txt)?$/.test(name)) rmSync(join(opts.saveDir, name));
    }
  }
  const sum: MutationSummary = {
    mutants: 0,
    accepted: 0,
    rejected: 0,
    jsExceptions: [],
    hangs: [],
    disagreements: [],
    slow: 0,
    slowest: { ms: 0, what: "" },
  };
  try {
    for (const [fileIndex, file] of opts.files.entries()) {
      const text = readFileSync(file).toString("latin1");
      for (let k = 0; k < opts.mutantsPerFile; k++) {
        const { bytes, how } = mutate(text, rng);
        const what = `${file} mutant ${k}: ${how.join("; ")}`;
        const [sw, cp] = await Promise.all([worker.parse(bytes), oracle.check(bytes)]);
        sum.mutants++;
        if (sw.ms > sum.slowest.ms) sum.slowest = { ms: sw.ms, what };
        if (sw.ms > 1000) sum.slow++;
        if (sw.outcome === "exception") {
          sum.jsExceptions.push(
            `${what}\n    ${sw.detail.split("\n").slice(0, 4).join("\n    ")}` +
              save("exception", sum.mutants, bytes, what),
          );
          continue;
        }
        if (sw.outcome === "hang") {
          sum.hangs.push(what + save("hang", sum.mutants, bytes, what));
          continue;
        }
        if (sw.outcome === "accept") sum.accepted++;
        else sum.rejected++;
        if ((sw.outcome === "accept") !== cp.ok) {
          const note = cp.ok
            ? `cpython accepts, swallow rejects: line ${sw.lineno} ${sw.detail}`
            : `cpython rejects (line ${cp.lineno} ${cp.kind}: ${cp.msg}), swallow accepts`;
          sum.disagreements.push(
            `${what}\n    ${note}` + save("disagree", sum.mutants, bytes, `${what}\n${note}`),
          );
        }
      }
      if ((fileIndex + 1) % 10 === 0) {
        log(
          `[${fileIndex + 1}/${opts.files.length} files] ${sum.mutants} mutants, ` +
            `${sum.jsExceptions.length} JS exceptions, ${sum.hangs.length} hangs, ${sum.disagreements.length} disagreements`,
        );
      }
    }
  } finally {
    oracle.close();
    await worker.close();
  }
  return sum;
}

export function formatSummary(sum: MutationSummary, maxListed = 20): string {
  const lines = [
    `mutants: ${sum.mutants} (swallow accepted ${sum.accepted}, rejected ${sum.rejected})`,
    `JS exceptions: ${sum.jsExceptions.length}`,
    `hangs: ${sum.hangs.length}`,
    `disagreements with CPython on accept/reject: ${sum.disagreements.length}`,
    `slower than 1s: ${sum.slow}; slowest ${sum.slowest.ms.toFixed(1)}ms: ${sum.slowest.what}`,
  ];
  const list = (title: string, xs: string[]): void => {
    if (xs.length === 0) return;
    lines.push("", `${title} (first ${Math.min(maxListed, xs.length)} of ${xs.length}):`);
    for (const x of xs.slice(0, maxListed)) lines.push("  " + x);
  };
  list("JS exceptions", sum.jsExceptions);
  list("hangs", sum.hangs);
  list("disagreements", sum.disagreements);
  return lines.join("\n");
}

async function main(): Promise<number> {
  let files = 50;
  let perFile = 20;
  let seed = 1;
  let timeoutMs = 5000;
  let saveDir = "/tmp/mutants";
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    const v = argv[i + 1];
    switch (argv[i]) {
      case "--files":
        files = Number(v);
        i++;
        break;
      case "--mutants-per-file":
        perFile = Number(v);
        i++;
        break;
      case "--seed":
        seed = Number(v);
        i++;
        break;
      case "--timeout":
        timeoutMs = Number(v);
        i++;
        break;
      case "--save":
        saveDir = v ?? saveDir;
        i++;
        break;
      default:
        throw new Error(
          `unknown option ${argv[i]}; use --files N --mutants-per-file K --seed S [--timeout MS] [--save DIR]`,
        );
    }
  }
  // Pick the files with the seed too, among files small enough to mutate quickly.
  const pool = stdlibFiles().filter((f) => {
    const size = readFileSync(f).length;
    return size > 0 && size < 60_000;
  });
  const rng = makeRng(seed ^ 0x5eed);
  const chosen: string[] = [];
  while (chosen.length < Math.min(files, pool.length)) {
    const [f] = pool.splice(Math.floor(rng() * pool.length), 1);
    chosen.push(f!);
  }
  const started = Date.now();
  const sum = await runMutation({
    files: chosen,
    mutantsPerFile: perFile,
    seed,
    timeoutMs,
    saveDir,
    log: (line) => process.stdout.write(line + "\n"),
  });
  process.stdout.write(formatSummary(sum) + "\n");
  process.stdout.write(`time: ${((Date.now() - started) / 1000).toFixed(1)}s; seed ${seed}\n`);
  return sum.jsExceptions.length > 0 || sum.hangs.length > 0 ? 1 : 0;
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === WORKER_ROLE) {
  workerMain();
} else if (
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
