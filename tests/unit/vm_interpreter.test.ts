// What Python cannot observe about the tier-0 interpreter: the frame stack is balanced
// after returns, raises and yields; Python-to-Python calls do not recurse in JS; the
// recursion limit counts Python frames; inline caches and type feedback hold what the JIT
// will read. Runs programs through the embedding API with an in-memory host.

import { newSignalWords } from "../../src/host/signal_words.js";
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Host, HostStat } from "../../src/host/host.js";
import { HostError } from "../../src/host/host.js";
import { createRuntime, type Runtime } from "../../src/api/runtime.js";
import { vm } from "../../src/vm/state.js";
import { codeRuntime, TypeBits } from "../../src/vm/code_runtime.js";
import { PyFunction } from "../../src/objects/function.js";
import type { CodeObject } from "../../src/compiler/code.js";
import { PyModule } from "../../src/objects/module.js";

class MemoryHost implements Host {
  out = "";
  err = "";
  constructor(readonly files: Record<string, string> = {}) {}
  readFile(path: string): Uint8Array {
    const text = this.files[path];
    if (text === undefined) throw new HostError(2, "ENOENT", "No such file or directory", path);
    return new TextEncoder().encode(text);
  }
  stat(path: string): HostStat | null {
    if (path in this.files) return { isFile: true, isDirectory: false, size: 0, mtime: 0, mode: 0o644 };
    const dir = path.endsWith("/") ? path : path + "/";
    if (Object.keys(this.files).some((f) => f.startsWith(dir)))
      return { isFile: false, isDirectory: true, size: 0, mtime: 0, mode: 0o755 };
    return null;
  }
  listDir(path: string): string[] {
    return Object.keys(this.files)
      .filter((f) => f.startsWith(path + "/"))
      .map((f) => f.slice(path.length + 1).split("/")[0]!);
  }
  realpath(path: string): string {
    return path;
  }
  cwd(): string {
    return "/work";
  }
  env(): Record<string, string> {
    return {};
  }
  monotonic(): number {
    return 0;
  }
  wallTime(): number {
    return 0;
  }
  randomBytes(n: number): Uint8Array {
    return new Uint8Array(n);
  }
  exit(code: number): never {
    throw new Error(`exit ${code}`);
  }
  readonly signalWords = newSignalWords();
  writeStdout(data: string | Uint8Array): void {
    this.out += typeof data === "string" ? data : new TextDecoder().decode(data);
  }
  writeStderr(data: string | Uint8Array): void {
    this.err += typeof data === "string" ? data : new TextDecoder().decode(data);
  }
  readStdin(): Uint8Array {
    return new Uint8Array(0);
  }
  readStdinAll(): Uint8Array {
    return new Uint8Array(0);
  }
  readLine(): string | null {
    return null;
  }
  isatty(): boolean {
    return false;
  }
}

function runtime(files: Record<string, string> = {}): { rt: Runtime; host: MemoryHost } {
  const host = new MemoryHost(files);
  const rt = createRuntime({ host, argv: ["test.py"], path0: "/work" });
  return { rt, host };
}

function run(source: string): { rt: Runtime; host: MemoryHost; main: PyModule; status: number } {
  const { rt, host } = runtime();
  const main = rt.mainModule(null);
  const status = rt.runMain(() => rt.runSource(source, "<test>", main));
  return { rt, host, main, status };
}

function fn(main: PyModule, name: string): PyFunction {
  const f = main.namespace.getStr(name);
  assert.ok(f instanceof PyFunction, `${name} is a function`);
  return f;
}

test("the frame stack is empty and the depth zero after returns, raises and yields", () => {
  const { status } = run(`
def f(n):
    return n if n == 0 else f(n - 1)
f(50)
def g():
    yield 1
    yield 2
it = g()
next(it)
try:
    def h():
        raise ValueError("x")
    h()
except ValueError:
    pass
`);
  assert.equal(status, 0);
  assert.equal(vm.current, null);
  assert.equal(vm.depth, 0);
  assert.equal(vm.excInfo, null);
});

test("Python-to-Python calls run in the loop without growing the JS stack", () => {
  // 900 nested Python calls would overflow a JS stack that recursed per call with a
  // deliberately small budget; here they share one loop invocation.
  const { host, status } = run(`
def down(n):
    if n == 0:
        return 0
    return 1 + down(n - 1)
print(down(900))
`);
  assert.equal(status, 0, host.err);
  assert.equal(host.out, "900\n");
});

test("the recursion limit counts Python frames", () => {
  const { host, status } = run(`
import sys
sys.setrecursionlimit(100)
depth = 0
def f():
    global depth
    depth += 1
    f()
try:
    f()
except RecursionError as e:
    print(depth, e)
`);
  assert.equal(status, 0, host.err);
  assert.equal(host.out, "99 maximum recursion depth exceeded\n");
});

test("LOAD_GLOBAL caches against the globals and builtins versions", () => {
  const { main, host, rt } = run(`
def f():
    return len("abc") + K
K = 1
f()
`);
  const f = fn(main, "f");
  const code = f.code as CodeObject;
  const caches = codeRuntime(code).caches.filter((c) => c !== undefined);
  assert.equal(caches.length, 2, host.err);
  // Rebinding the global invalidates through the dictionary version.
  rt.runMain(() => rt.runSource("K = 10\nprint(f())", "<test>", main));
  assert.equal(host.out, "13\n");
});

test("BINARY_OP feedback records the operand types seen", () => {
  const { main, host } = run(`
def add(a, b):
    return a + b
add(1, 2)
add("x", "y")
`);
  assert.equal(host.err, "");
  const rt = codeRuntime(fn(main, "add").code as CodeObject);
  const seen = rt.feedback.find((bits) => bits !== 0)!;
  assert.equal(seen & 0xff, TypeBits.Int | TypeBits.Str);
  assert.equal((seen >> 8) & 0xff, TypeBits.Int | TypeBits.Str);
  assert.ok(rt.calls >= 2);
});

test("generators resume their own frame and leave no frame behind", () => {
  const { host, status } = run(`
def gen():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
g = gen()
next(g)
g.send(5)
g.send(7)
try:
    g.send(None)
except StopIteration as e:
    print("done", e.value)
`);
  assert.equal(status, 0, host.err);
  assert.equal(host.out, "done 12\n");
  assert.equal(vm.current, null);
});

test("an uncaught exception prints CPython's traceback and gives status 1", () => {
  const { host, status } = run(`
def f():
    return 1 / 0
f()
`);
  assert.equal(status, 1);
  assert.equal(
    host.err,
    'Traceback (most recent call last):\n  File "<test>", line 4, in <module>\n  File "<test>", line 3, in f\nZeroDivisionError: division by zero\n',
  );
});

test("imports find packages on sys.path and bind submodules", () => {
  const { rt, host } = runtime({
    "/work/pkg/__init__.py": "X = 1\n",
    "/work/pkg/mod.py": "from . import X\nY = X + 1\n",
  });
  const status = rt.runMain(() => rt.runSource("import pkg.mod\nprint(pkg.mod.Y, pkg.X)", "<test>"));
  assert.equal(status, 0, host.err);
  assert.equal(host.out, "2 1\n");
});
