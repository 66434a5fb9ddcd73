// The embedding API: a Python runtime as a JavaScript library. Nothing here touches
// `process`: the host (files, clock, streams, exit) is passed in, so the same runtime runs
// under the `swallow` command (NodeHost), in tests, and later in a browser or a sandbox.
//
//   const rt = createRuntime({ host: new NodeHost(), argv: ["prog.py"] });
//   const status = rt.runFile("prog.py");   // exit status, as `python3 prog.py` would give
//
// This is also where the layers are wired together: the VM sits below src/modules/, so the
// built-in functions that need the interpreter (exec, __import__, __build_class__...) get
// it through hooks installed here.

import type { Host } from "../host/host.js";
import { compile as compileSource, type CompileMode } from "../compiler/compiler.js";
import { CO_NESTED, CodeObject, PyCF_COMPILE_MASK, PyCF_MASK, PyCF_ONLY_AST } from "../compiler/code.js";
import { dictType, None } from "../objects/bootstrap.js";
import { call } from "../objects/call.js";
import { PyDict } from "../objects/dict.js";
import {
  exceptionType,
  isException,
  newException,
  PyBaseException,
  typeError,
} from "../objects/exceptions.js";
import { scriptEncodingError } from "../parser/source.js";
import { pythonCalls, bindArgs, signature, PyFunction, type KwNames } from "../objects/function.js";
import { typeOf, type PyObject } from "../objects/object.js";
import { callMethod, getAttrOpt, index, isTrue, strJS, setItem, toArray } from "../objects/abstract.js";
import { PyList } from "../objects/list.js";
import { PyModule } from "../objects/module.js";
import { isStr, jsString, strFromJS } from "../objects/str.js";
import { emptyTuple, PyTuple } from "../objects/tuple.js";
import { frozensetConstant, PySet, setAdd, setUpdate } from "../objects/set.js";
import { bufferOf, newBytes } from "../objects/bytes.js";
import { exporterHooks, isContiguous, PyMemoryView } from "../objects/memoryview.js";
import { reduceHooks, superHooks } from "../objects/descriptors.js";
import { typeHooks } from "../objects/typeobject.js";
import { clinic, unpack } from "../objects/arg_clinic.js";
import { warnExplicit } from "../objects/warnings.js";
import { nativeModules } from "../modules/registry.js";
import { builtinsHooks } from "../modules/builtins.js";
import {
  sysAttribute,
  stderr as nativeStderr,
  stdout as nativeStdout,
  flushStdStreams,
  flushStdStreamsAtExit,
} from "../modules/sys.js";
import "../modules/all.js";
import { astToPython, isAstObject, pythonToMod } from "../modules/_ast.js";
import {
  parse,
  parseWithWarnings,
  PythonSyntaxError,
  type Mode as ParseMode,
  type ParseWarning,
} from "../parser/index.js";
import { PyFloat } from "../objects/float.js";
import { PyComplex } from "../objects/complex.js";
import { VMState, setVM, vm } from "../vm/state.js";
import { frameLocalsDict } from "../vm/vm_types.js";
import "../objects/exact_containers.js";
import { callFunction, runFrame, tryCallFunction } from "../vm/interpreter.js";
import { builtinsFromGlobals, Frame, PyCell } from "../vm/frame.js";
import { newRegisters } from "../vm/args.js";
import { findAndLoad, importModuleLevel } from "../vm/import.js";
import { buildClassHook, superZeroArgs } from "../vm/build_class.js";
import { formatException } from "../vm/traceback.js";
import { toPyException } from "../vm/errors.js";
import { defaultSignalHandler } from "../vm/ops.js";
import { runtimeFactories } from "../vm/factories.js";
import { absPath, dirname } from "../vm/paths.js";
import { compileModuleSource, configureCodeCache } from "../vm/code_cache.js";
import { withStdlib } from "../host/stdlib.js";
import { runAtexitCallbacks } from "../modules/atexit.js";
import { finalizationHooks, finalizeAll } from "../objects/finalization.js";
import { clearDeadTemporaries } from "../vm/dead_temporaries.js";
import { jitHooks, jitSettings, type JitSettings } from "../vm/jit_hooks.js";
import { compileCode } from "../jit/compile.js";

/** runFile/runMain's status for an uncaught KeyboardInterrupt. */
export const KEYBOARD_INTERRUPT_STATUS = -2;

/** str and bytes hash as under PYTHONHASHSEED=0 unless the embedder keys them first, before
 * any runtime is created, with support/siphash.ts's setHashKey (as the command line does). */
export interface RuntimeOptions {
  host: Host;
  /** sys.argv. */
  argv: string[];
  /** sys.path[0]: the script's directory, or "" for -c, -m and the REPL. */
  path0?: string;
  /** -B */
  dontWriteBytecode?: boolean;
  /** sys.flags.utf8_mode (default: PYTHONUTF8 in the host's environment, else on in the C
   * locale). */
  utf8Mode?: boolean;
  /** -u / PYTHONUNBUFFERED: stdout and stderr write through. */
  unbuffered?: boolean;
  /** What site.py adds to builtins (exit, quit, help, copyright, credits, license);
   * false for -S. Default true. */
  site?: boolean;
  /** Whether to add compiled modules to the cache (default: unless -B). */
  writeCodeCache?: boolean;
  /** The standard library: a CPython 3.11 `Lib/` directory or a zip of one (last on sys.path). */
  stdlib?: string | null;
  /** PYTHONPATH's entries, between path0 and the standard library. */
  pythonPath?: string[];
  /** Where compiled modules are cached (null: no cache). */
  cacheDir?: string | null;
  /** Names the compiler build in cache keys (entries of other builds are not used). */
  cacheTag?: string;
  /** The JIT: off unless given (the command line turns it on). */
  jit?: Partial<JitSettings>;
  /** sys.warnoptions: PYTHONWARNINGS's entries, then the -W options. */
  warnOptions?: string[];
}

function installFactories(): void {
  runtimeFactories.bytes = (data) => newBytes(data);
  runtimeFactories.float = (v) => new PyFloat(v);
  runtimeFactories.frozenset = (items) => frozensetConstant(items);
  runtimeFactories.set = (items) => {
    const s = new PySet();
    for (const x of items) setAdd(s, x);
    return s;
  };
  runtimeFactories.setAdd = (s, x) => void setAdd(s as PySet, x);
  runtimeFactories.setUpdate = (s, x) => setUpdate(s as PySet, x);
  runtimeFactories.complex = (re, im) => new PyComplex(re, im);
}

function sourceArg(src: PyObject, who: string): string | Uint8Array | CodeObject {
  if (src instanceof CodeObject) return src;
  return sourceText(src, who, "code");
}

/** Source given as text or as any contiguous buffer (CPython's _Py_SourceAsString): a
 * strided view is refused with the same TypeError as a non-buffer. */
function sourceText(src: PyObject, who: string, what: string): string | Uint8Array {
  if (isStr(src)) return jsString(src);
  const data = src instanceof PyMemoryView && !isContiguous(src) ? undefined : sourceBuffer(src);
  if (data === undefined) throw typeError(`${who}() arg 1 must be a string, bytes or ${what} object`);
  return data;
}

function sourceBuffer(src: PyObject): Uint8Array | undefined {
  return bufferOf(src) ?? exporterHooks.of(src)?.pack();
}

/** exec()/eval() give globals without `__builtins__` the running code's builtins dict. */
function ensureBuiltins(globals: PyObject): void {
  if (globals instanceof PyDict && globals.getStr("__builtins__") === undefined) {
    globals.setStr("__builtins__", vm.current?.builtins ?? vm.builtins);
  }
}

/** Compiles source text as compile()/exec()/eval() do, passing the parser's warnings
 * (invalid escape sequences) to the warnings module as CPython's compiler does, with the
 * module derived from the file name (so DeprecationWarning is hidden by default). */
function compileSourceWarning(
  source: string | Uint8Array,
  filename: string,
  mode: CompileMode,
  options?: { flags: number; optimize?: number },
): CodeObject {
  let parsed: ReturnType<typeof parseWithWarnings>;
  try {
    parsed = parseWithWarnings(source, filename, mode as ParseMode);
  } catch (e) {
    if (e instanceof PythonSyntaxError) issueParseWarnings(e.warningsBefore, filename);
    throw e;
  }
  issueParseWarnings(parsed.warnings, filename);
  return compileSource(parsed.tree, filename, mode, options);
}

/** Hands the parser's warnings to the warnings module, as CPython's compiler does; one
 * that a filter makes an error is raised as the SyntaxError it stands for. */
function issueParseWarnings(warnings: ParseWarning[], filename: string): void {
  if (warnings.length > 0) {
    for (const w of warnings) {
      try {
        warnExplicit(w.category, w.message, filename, w.lineno);
      } catch (e) {
        // A warning made an error becomes a SyntaxError at the literal, as in CPython.
        if (isException(e) && e.type.isSubtypeOf(exceptionType(w.category))) throw w.error;
        throw e;
      }
    }
  }
}

/** The cells exec(code, closure=...) gives a code object's free variables, with
 * CPython's checks; null for a code object without free variables. */
function execClosure(code: CodeObject, closure: PyObject): PyObject[] | null {
  const n = code.co_freevars.length;
  if (n === 0) {
    if (closure !== None) throw typeError("cannot use a closure with this code object");
    return null;
  }
  const ok =
    closure instanceof PyTuple &&
    closure.type === typeOf(emptyTuple) &&
    closure.items.length === n &&
    closure.items.every((c) => c instanceof PyCell);
  if (!ok) throw typeError(`code object requires a closure of exactly length ${n}`);
  return [...(closure as PyTuple).items];
}

function runCode(
  code: CodeObject,
  globals: PyObject,
  locals: PyObject,
  closure: PyObject[] | null = null,
): PyObject {
  if (!(globals instanceof PyDict)) throw typeError("globals must be a dict");
  ensureBuiltins(globals);
  // Free variables are read from the running function's closure (COPY_FREE_VARS).
  const builtins = builtinsFromGlobals(globals, vm.current?.builtins ?? vm.builtins);
  const func =
    closure === null ? null : new PyFunction(code, globals, code.co_name, code.co_qualname, closure);
  if (func !== null) func.builtins = builtins;
  const frame = new Frame(code, globals, builtins, locals, func, newRegisters(code));
  return runFrame(frame);
}

function scopeArgs(globals: PyObject, locals: PyObject, who: string): [PyObject, PyObject] {
  const frame = vm.current;
  if (globals === None) {
    if (frame === null) throw typeError(`${who}(): no current frame`);
    globals = frame.globals;
    if (locals === None) locals = frameLocalsDict(frame);
  } else if (locals === None) locals = globals;
  if (!(globals instanceof PyDict)) {
    throw typeError(
      who === "exec"
        ? `exec() globals must be a dict, not ${(globals as { type?: { name: string } }).type?.name ?? typeof globals}`
        : `globals must be a dict`,
    );
  }
  return [globals, locals];
}

const compileSig = clinic(
  "compile(source, filename, mode, flags=?, dont_inherit=?, optimize=?, *, _feature_version=?)",
);
const importSig = signature("__import__(name, globals=?, locals=?, fromlist=?, level=?)");

function installHooks(): void {
  pythonCalls.call = callFunction;
  pythonCalls.tryCall = tryCallFunction;
  superHooks.zeroArgs = superZeroArgs;
  typeHooks.callerModuleName = () => vm.current?.globals.getStr("__name__");
  reduceHooks.importModule = (name) => findAndLoad(name);
  builtinsHooks.globals = () => vm.current?.globals ?? new PyDict();
  builtinsHooks.locals = () => (vm.current === null ? new PyDict() : frameLocalsDict(vm.current));
  builtinsHooks.localNames = () => {
    const l = vm.current === null ? new PyDict() : frameLocalsDict(vm.current);
    // PyMapping_Keys: a dict subclass's keys() may differ from its contents.
    if (l instanceof PyDict && l.type === dictType) return l.keysArray();
    return toArray(callMethod(l, "keys", []));
  };
  builtinsHooks.exec = (source, globals, locals, closure) => {
    const [g, l] = scopeArgs(globals, locals, "exec");
    const src = sourceArg(source, "exec");
    if (!(src instanceof CodeObject)) {
      if (closure !== None) throw typeError("closure can only be used when source is a code object");
      runCode(compileSourceWarning(src, "<string>", "exec", { flags: inheritedFutureFlags() }), g, l);
    } else runCode(src, g, l, execClosure(src, closure));
    return None;
  };
  builtinsHooks.eval = (source, globals, locals) => {
    const [g, l] = scopeArgs(globals, locals, "eval");
    let src = sourceArg(source, "eval");
    if (typeof src === "string") src = src.replace(/^[ \t]+/, "");
    const code =
      src instanceof CodeObject
        ? src
        : compileSourceWarning(src, "<string>", "eval", { flags: inheritedFutureFlags() });
    if (code.co_freevars.length > 0)
      throw typeError("code object passed to eval() may not contain free variables");
    return runCode(code, g, l);
  };
  builtinsHooks.compile = (args, kwnames) => {
    const v = unpack(compileSig, args, kwnames);
    const { flags, optimize } = compileOptions(v[3], v[4], v[5]);
    const mode = compileMode(v[2]!, flags);
    const filename = strJS(v[1]!);
    if (isAstObject(v[0]!)) {
      if (flags & PyCF_ONLY_AST) return v[0]!;
      const tree = pythonToMod(v[0]!, mode);
      return compileSource(tree as never, filename, mode as CompileMode, { flags, optimize }) as never;
    }
    const src = sourceText(v[0]!, "compile", "AST");
    if (flags & PyCF_ONLY_AST) return astToPython(parse(src, filename, mode as ParseMode) as never);
    return compileSourceWarning(src, filename, mode as CompileMode, { flags, optimize }) as never;
  };
  builtinsHooks.importModule = (args, kwnames) => {
    const v = bindArgs(importSig, args, kwnames).values;
    const name = v[0]!;
    if (!isStr(name))
      throw typeError(
        `module name must be str, not ${(name as { type?: { name: string } }).type?.name ?? typeof name}`,
      );
    const level = v[4] === undefined ? 0 : Number(v[4]);
    return importModuleLevel(jsString(name), v[1] ?? None, v[3] ?? None, level);
  };
  builtinsHooks.buildClass = buildClassHook;
  builtinsHooks.sysAttribute = (name) => sysAttribute(name);
}

/** compile()'s flags (checked, and merged with the caller's __future__ flags unless
 * dont_inherit) and optimize level (-1: the interpreter's own, which is 0). */
function compileOptions(
  flagsArg: PyObject | undefined,
  dontInherit: PyObject | undefined,
  optimizeArg: PyObject | undefined,
): { flags: number; optimize: number } {
  let flags = flagsArg === undefined ? 0 : cInt(flagsArg);
  if (flags & ~(PyCF_MASK | CO_NESTED | PyCF_COMPILE_MASK))
    throw exceptionValue("ValueError", "compile(): unrecognised flags");
  const optimize = optimizeArg === undefined ? -1 : cInt(optimizeArg);
  if (optimize < -1 || optimize > 2) throw exceptionValue("ValueError", "compile(): invalid optimize value");
  if (dontInherit === undefined || cInt(dontInherit) === 0) flags |= inheritedFutureFlags();
  return { flags, optimize: optimize === -1 ? 0 : optimize };
}

/** The __future__ flags of the running code, which compile(), exec() and eval() pass on
 * to the code they compile (PyEval_MergeCompilerFlags). */
function inheritedFutureFlags(): number {
  const frame = vm.current;
  return frame === null ? 0 : frame.code.co_flags & PyCF_MASK;
}

function compileMode(modeArg: PyObject, flags: number): string {
  if (!isStr(modeArg)) throw typeError(`compile() argument 'mode' must be str, not ${typeOf(modeArg).name}`);
  const mode = jsString(modeArg);
  if (mode === "exec" || mode === "eval" || mode === "single") return mode;
  if (mode === "func_type") {
    if (flags & PyCF_ONLY_AST) return mode;
    throw exceptionValue("ValueError", "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
  }
  throw exceptionValue(
    "ValueError",
    flags & PyCF_ONLY_AST
      ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
      : "compile() mode must be 'exec', 'eval' or 'single'",
  );
}

/** An int argument converted as C's `int` (Argument Clinic's `i`). */
function cInt(v: PyObject): number {
  if (v instanceof PyFloat) throw typeError("'float' object cannot be interpreted as an integer");
  const i = index(v);
  if (typeof i === "bigint" || i > 0x7fffffff || i < -0x80000000)
    throw exceptionValue("OverflowError", "Python int too large to convert to C int");
  return i;
}

function exceptionValue(type: string, message: string): PyBaseException {
  return call(exceptionType(type), [message], null) as PyBaseException;
}

const SITE_BUILTINS = `
import builtins, sys, _sitebuiltins
builtins.quit = _sitebuiltins.Quitter("quit", "Ctrl-D (i.e. EOF)")
builtins.exit = _sitebuiltins.Quitter("exit", "Ctrl-D (i.e. EOF)")
def printer(name, data):
    # _Printer.__init__ imports os to look for license files; there are none to find, and
    # importing os would double the cost of starting.
    p = object.__new__(_sitebuiltins._Printer)
    p._Printer__name = name
    p._Printer__data = data
    p._Printer__lines = None
    p._Printer__filenames = []
    return p
builtins.copyright = printer("copyright", sys.copyright)
builtins.credits = printer("credits", """\
    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands
    for supporting Python development.  See www.python.org for more information.""")
builtins.license = printer("license", "See https://www.python.org/psf/license/")
builtins.help = _sitebuiltins._Helper()
`;

export class Runtime {
  readonly state: VMState;
  /** Set once SystemExit was raised (the REPL stops then). */
  exited = false;

  constructor(readonly options: RuntimeOptions) {
    const state = new VMState(options.stdlib ? withStdlib(options.host, options.stdlib) : options.host);
    this.state = state;
    setVM(state);
    state.runSignalHandler = defaultSignalHandler;
    state.nativeModules = nativeModules;
    state.modules = new PyDict();
    state.dontWriteBytecode = options.dontWriteBytecode ?? false;
    state.utf8Mode = options.utf8Mode === undefined ? null : options.utf8Mode ? 1 : 0;
    if (options.unbuffered) {
      nativeStdout.setUnbuffered();
      nativeStderr.setUnbuffered();
    }
    state.argv = new PyList(options.argv.map((a) => strFromJS(a)));
    const stdlibPath = options.stdlib ? [options.stdlib] : [];
    state.path = new PyList(
      [options.path0 ?? "", ...(options.pythonPath ?? []), ...stdlibPath].map((p) => strFromJS(p)),
    );
    configureCodeCache(
      options.cacheDir ?? null,
      options.writeCodeCache ?? !state.dontWriteBytecode,
      options.cacheTag,
      stdlibPath,
    );
    installFactories();
    jitHooks.compile = compileCode;
    const host = state.host;
    finalizationHooks.collectGarbage = host.collectGarbage ? () => host.collectGarbage!() : null;
    finalizationHooks.releaseWeakTargets = host.releaseWeakTargets ? () => host.releaseWeakTargets!() : null;
    finalizationHooks.beforeCollect = () => clearDeadTemporaries(state.current);
    Object.assign(jitSettings, { enabled: false, stress: false, log: null }, options.jit ?? {});
    installHooks();
    const builtins = findAndLoad("builtins") as PyModule;
    state.builtinsModule = builtins;
    state.builtins = builtins.namespace;
    state.originalImport = state.builtins.getStr("__import__");
    state.sys = findAndLoad("sys");
    if (options.site !== false && options.stdlib) this.installSiteBuiltins();
    if (options.warnOptions !== undefined && options.warnOptions.length > 0)
      this.applyWarnOptions(options.warnOptions);
  }

  /** Fills sys.warnoptions and imports warnings.py, which turns them into filters, so that
   * they apply from the start (CPython's init_interp_main does the same). */
  private applyWarnOptions(warnOptions: string[]): void {
    const list = getAttrOpt(this.state.sys!, "warnoptions");
    if (list instanceof PyList) list.items.push(...warnOptions.map((o) => strFromJS(o)));
    if (!this.options.stdlib) return;
    try {
      findAndLoad("warnings");
    } catch (e) {
      this.writeStderr(`'import warnings' failed; traceback:\n${formatException(toPyException(e))}`);
    }
  }

  /** The builtins that CPython's site.py adds, made by Lib's _sitebuiltins as site.py
   * makes them (the rest of site.py, the search for site-packages, Swallow leaves out). */
  private installSiteBuiltins(): void {
    const ns = new PyDict();
    try {
      // Through the compiled-module cache, as Python inside a native module is: parsing and
      // compiling it cost 3 ms or more of every start, the parser's first use in the run.
      runCode(compileModuleSource(new TextEncoder().encode(SITE_BUILTINS), "<site>", true), ns, ns);
    } catch {
      // A standard library without _sitebuiltins: these names stay undefined, as under -S.
    }
  }

  /** Makes this runtime the running one (runtimes share nothing but the type objects). */
  activate(): void {
    setVM(this.state);
  }

  /** A fresh `__main__` module, entered in sys.modules. */
  mainModule(file: string | null): PyModule {
    const m = new PyModule();
    const ns = m.namespace;
    ns.setStr("__name__", "__main__");
    ns.setStr("__doc__", None);
    ns.setStr("__package__", None);
    ns.setStr("__loader__", None);
    ns.setStr("__spec__", None);
    ns.setStr("__annotations__", new PyDict());
    ns.setStr("__builtins__", this.state.builtinsModule);
    if (file !== null) {
      ns.setStr("__file__", strFromJS(file));
      ns.setStr("__cached__", None);
    }
    this.state.modules.setStr("__main__", m);
    return m;
  }

  /** Compiles and runs source in `__main__` (or the given module); raises Python
   * exceptions as JS throws of PyBaseException. */
  runSource(
    source: string | Uint8Array,
    filename: string,
    module?: PyModule,
    mode: CompileMode = "exec",
  ): PyObject {
    this.activate();
    const m = module ?? this.mainModule(filename.startsWith("<") ? null : filename);
    let code: CodeObject;
    try {
      code = compileSourceWarning(source, filename, mode);
    } catch (e) {
      throw toPyException(e);
    }
    return runCode(code, m.namespace, m.namespace);
  }

  /** Runs a script the way `python3 FILE` does and returns the exit status. Uncaught
   * exceptions are printed (through sys.excepthook) and give status 1. */
  runFile(path: string): number {
    this.activate();
    const abs = absPath(path, this.state.host.cwd());
    return this.runScript(this.state.host.readFile(abs), abs);
  }

  /** Runs a script file's bytes as `python3 FILE` does; returns the exit status. */
  runScript(source: Uint8Array, abs: string): number {
    this.activate();
    return this.runMain(() => {
      const notUtf8 = scriptEncodingError(source, abs);
      if (notUtf8 !== null) throw newException(exceptionType("SyntaxError"), notUtf8);
      return this.runSource(source, abs, this.mainModule(abs));
    });
  }

  /** `-c CODE`. */
  runCommand(source: string): number {
    return this.runMain(() => this.runSource(source, "<string>", this.mainModule(null)));
  }

  /** `-m MODULE`: runs the module's source as __main__. */
  runModule(name: string): number {
    return this.runMain(() => {
      const found = this.findModuleFile(name);
      // As runpy: a package runs as its __main__ submodule after the package itself is
      // imported, so relative imports in __main__.py resolve against the package.
      const isPackage = found.endsWith(`/${name.slice(name.lastIndexOf(".") + 1)}/__main__.py`);
      if (isPackage) findAndLoad(name);
      const m = this.mainModule(found);
      const dot = name.lastIndexOf(".");
      m.namespace.setStr("__package__", strFromJS(isPackage ? name : dot >= 0 ? name.slice(0, dot) : ""));
      const argv = this.state.argv as PyList;
      if (argv.items.length > 0) argv.items[0] = strFromJS(found);
      return this.runSource(this.state.host.readFile(found), found, m);
    });
  }

  private findModuleFile(name: string): string {
    const dot = name.lastIndexOf(".");
    let dirs: string[];
    if (dot >= 0) {
      const parent = findAndLoad(name.slice(0, dot));
      dirs = toArray(getAttrOpt(parent, "__path__") ?? new PyList([])).map((p) => jsString(p));
    } else {
      dirs = (this.state.path as PyList).items.map((p) => jsString(p) || this.state.host.cwd());
    }
    const tail = name.slice(dot + 1);
    for (const d of dirs) {
      const file = `${d}/${tail}.py`;
      if (this.state.host.stat(file)?.isFile) return file;
      const main = `${d}/${tail}/__main__.py`;
      if (this.state.host.stat(main)?.isFile) return main;
    }
    throw exceptionValue("ModuleNotFoundError", `No module named ${name}`);
  }

  /** Calls a Python callable from JS. */
  callPython(f: PyObject, args: PyObject[], kwnames: KwNames = null): PyObject {
    this.activate();
    return call(f, args, kwnames);
  }

  /** Runs `body` as the main program: SystemExit and uncaught exceptions become the exit
   * status, as in CPython's Py_RunMain. */
  runMain(body: () => unknown): number {
    // The last flush is finish()'s, which reports a failure (runPart's would hide it).
    const status = this.runPart(body, this.interactiveNext);
    return this.interactiveNext ? status : this.finish(status);
  }

  /** Set when the interactive prompt follows the program (-i): the end of the program is
   * then not the end of the run, and atexit callbacks wait for finish(). */
  interactiveNext = false;

  /** Runs one part of the main program (a statement at the prompt, say) and gives its
   * status, without the work done at exit. */
  runPart(body: () => unknown, flush = true): number {
    this.activate();
    try {
      body();
      return 0;
    } catch (e) {
      return this.handleUncaught(e);
    } finally {
      try {
        if (flush) flushStdStreams();
      } catch {
        // reported, as CPython does, only at exit
      }
    }
  }

  /** What the end of the run does after the main program: atexit callbacks, finalizers,
   * the last flush. */
  finish(status: number): number {
    this.activate();
    try {
      runAtexitCallbacks();
    } catch (e) {
      status = this.handleUncaught(e);
    }
    try {
      finalizeAll();
    } catch {
      // errors at exit are not reported
    }
    // CPython's Py_RunMain exits with 120 when the last flush fails, whatever the status.
    if (!flushStdStreamsAtExit()) status = 120;
    return status;
  }

  /** Prints an uncaught exception (or handles SystemExit) and gives the exit status. */
  handleUncaught(thrown: unknown): number {
    const e = toPyException(thrown);
    try {
      flushStdStreams();
    } catch {
      // ignore
    }
    if (isException(e) && e.type.isSubtypeOf(exceptionType("SystemExit"))) {
      this.exited = true;
      return this.exitStatus(e);
    }
    this.printException(e);
    // CPython exits through SIGINT after an uncaught KeyboardInterrupt; the command line
    // turns this status into the signal.
    if (e.type.isSubtypeOf(exceptionType("KeyboardInterrupt"))) return KEYBOARD_INTERRUPT_STATUS;
    return 1;
  }

  private exitStatus(e: PyBaseException): number {
    const code =
      e.field("code") ??
      (e.args.length === 0 ? None : e.args.length === 1 ? e.args[0]! : new PyTuple(e.args));
    if (code === None) return 0;
    if (typeof code === "number") return code & 0xff;
    if (typeof code === "boolean") return code ? 1 : 0;
    if (typeof code === "bigint") return Number(BigInt.asUintN(8, code));
    this.writeStderr(strJS(code) + "\n");
    return 1;
  }

  writeStderr(text: string): void {
    const err = sysAttribute("stderr");
    if (err === undefined || err === None || err === nativeStderr) {
      nativeStderr.flushQuietly();
      this.state.host.writeStderr(text);
      return;
    }
    try {
      callMethod(err, "write", [strFromJS(text)]);
      const flush = getAttrOpt(err, "flush");
      if (flush !== undefined) call(flush, [], null);
    } catch {
      this.state.host.writeStderr(text);
    }
  }

  /** sys.excepthook(type, value, tb), or the default printing when it is the original. */
  printException(e: PyBaseException): void {
    const hook = sysAttribute("excepthook");
    const original = sysAttribute("__excepthook__");
    if (hook !== undefined && hook !== original && hook !== None) {
      try {
        call(hook, [e.type, e, e.traceback ?? None], null);
        return;
      } catch (inner) {
        const ie = toPyException(inner);
        this.writeStderr("Error in sys.excepthook:\n" + formatException(ie) + "\nOriginal exception was:\n");
      }
    }
    this.writeStderr(formatException(e));
  }

  /** Reads `path` relative to the host's cwd, for the CLI. */
  scriptDir(path: string): string {
    return dirname(absPath(path, this.state.host.cwd()));
  }
}

export function createRuntime(options: RuntimeOptions): Runtime {
  return new Runtime(options);
}

export { formatException, isTrue, setItem };
