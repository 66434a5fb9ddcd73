// Parser speed: Swallow's `parse` vs CPython's `ast.parse` over the whole stdlib, in the
// same run and on the same files. Both sides read every file first; only parsing is timed
// (CPython inside python3, via scripts/parser_oracle.py). Files that either side rejects
// are left out so that both parse the same list.
//
//   node dist/scripts/bench_parse.js [--rounds R] [--limit N] [--filter SUBSTRING]

import { readFileSync } from "node:fs";
import { parse } from "../src/parser/index.js";
import { PythonOracle, stdlibFiles } from "./parity_stdlib.js";

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

async function main(): Promise<void> {
  let rounds = 5;
  let limit = Infinity;
  let filter = "";
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    const v = argv[++i];
    if (v === undefined) throw new Error(`${argv[i - 1]} needs a value`);
    if (argv[i - 1] === "--rounds") rounds = Number(v);
    else if (argv[i - 1] === "--limit") limit = Number(v);
    else if (argv[i - 1] === "--filter") filter = v;
    else throw new Error(`unknown option ${argv[i - 1]}; use --rounds R --limit N --filter SUBSTRING`);
  }
  const oracle = new PythonOracle();
  const candidates = stdlibFiles()
    .filter((f) => f.includes(filter))
    .slice(0, limit);
  const sources = candidates.map((f) => readFileSync(f));
  // Keep the files both parsers accept.
  const cpOk = await Promise.all(candidates.map((f, i) => oracle.check(sources[i]!, f)));
  const files: string[] = [];
  const bytes: Uint8Array[] = [];
  let swallowRejects = 0;
  candidates.forEach((f, i) => {
    if (!cpOk[i]!.ok) return;
    try {
      parse(sources[i]!, f, "exec");
    } catch {
      swallowRejects++;
      return;
    }
    files.push(f);
    bytes.push(sources[i]!);
  });
  const totalBytes = bytes.reduce((n, b) => n + b.length, 0);
  process.stdout.write(
    `${files.length} files (${(totalBytes / 1e6).toFixed(1)} MB); left out: ` +
      `${candidates.length - cpOk.filter((r) => r.ok).length} CPython rejects, ${swallowRejects} Swallow rejects\n`,
  );

  // Swallow rounds, the first one doubling as warm-up for V8.
  const swallow: number[] = [];
  for (let r = 0; r < rounds + 1; r++) {
    const t0 = performance.now();
    for (let i = 0; i < files.length; i++) parse(bytes[i]!, files[i]!, "exec");
    const secs = (performance.now() - t0) / 1000;
    if (r > 0) swallow.push(secs);
    process.stdout.write(`swallow round ${r}${r === 0 ? " (warm-up)" : ""}: ${secs.toFixed(3)}s\n`);
  }
  const cp = await oracle.request({ op: "bench", paths: files, rounds });
  oracle.close();
  const cpython = cp.rounds ?? [];
  cpython.forEach((s, r) => process.stdout.write(`cpython round ${r + 1}: ${s.toFixed(3)}s\n`));
  const sw = median(swallow);
  const py = median(cpython);
  process.stdout.write(
    `swallow total (median of ${rounds}): ${sw.toFixed(3)}s, best ${Math.min(...swallow).toFixed(3)}s\n` +
      `cpython total (median of ${rounds}): ${py.toFixed(3)}s, best ${Math.min(...cpython).toFixed(3)}s\n` +
      `ratio swallow/cpython: ${(sw / py).toFixed(2)}x\n`,
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(2);
});
