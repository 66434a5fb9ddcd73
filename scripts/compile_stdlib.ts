// Compiles every .py file of python3's standard library (site-packages excluded) with
// Swallow's compiler and compares the verdict with CPython's compile(): files CPython accepts
// must compile, files it rejects must be rejected with a SyntaxError, and nothing may throw a
// JavaScript exception. Usage: node dist/scripts/compile_stdlib.js [--verbose]

import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { compile } from "../src/compiler/index.js";
import { PythonSyntaxError } from "../src/parser/index.js";

const oracle = `
import sys, os, sysconfig, json
root = sysconfig.get_paths()['stdlib']
out = []
for d, dirs, files in os.walk(root):
    dirs[:] = [x for x in dirs if x not in ('site-packages', '__pycache__')]
    for f in files:
        if f.endswith('.py'):
            p = os.path.join(d, f)
            try:
                src = open(p, 'rb').read()
                compile(src, p, 'exec')
                ok = True
            except (SyntaxError, ValueError):
                ok = False
            out.append([p, ok])
json.dump(out, sys.stdout)
`;
const files = JSON.parse(execFileSync("python3", ["-c", oracle], { maxBuffer: 1 << 26 }).toString()) as [
  string,
  boolean,
][];
const verbose = process.argv.includes("--verbose");
let ok = 0;
const problems: string[] = [];
const t0 = Date.now();
for (const [path, cpythonOk] of files) {
  const src = readFileSync(path);
  try {
    compile(src, path, "exec");
    if (cpythonOk) ok++;
    else problems.push(`${path}: CPython rejects it, Swallow accepts it`);
  } catch (e) {
    if (e instanceof PythonSyntaxError) {
      if (!cpythonOk) ok++;
      else problems.push(`${path}: SyntaxError ${e.msg} (line ${e.lineno}) but CPython accepts it`);
    } else problems.push(`${path}: JS exception ${(e as Error).stack?.split("\n").slice(0, 3).join(" | ")}`);
  }
}
for (const p of verbose ? problems : problems.slice(0, 40)) console.log(p);
console.log(
  `${ok}/${files.length} files agree with CPython (${problems.length} problems) in ${Date.now() - t0} ms`,
);
process.exitCode = problems.length ? 1 : 0;
