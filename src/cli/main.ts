// The `swallow` command: CPython's command line (`python3 [option] ... [-c cmd | -m mod |
// file | -] [arg] ...`) over the embedding API, plus `--ast FILE` and `--dis FILE`.
// Start-up stays lean: the runtime (and with it every object module) is loaded only when
// Python code is about to run.

import { existsSync, readFileSync, writeSync } from "node:fs";
import { resolve } from "node:path";
import { runAst } from "./ast_command.js";
import { startsInCLocale } from "../support/locale_names.js";

/** CPython's preconfiguration of the locale: UTF-8 mode from PYTHONUTF8, else on when
 * LC_CTYPE starts as the C locale (PEP 540); and then, unless LC_ALL is set or
 * PYTHONCOERCECLOCALE=0, LC_CTYPE=C.UTF-8 put in the environment, which the program's
 * setlocale calls and its child processes see (PEP 538). Returns UTF-8 mode. */
function startUpLocale(env: Record<string, string>, pyEnv: (name: string) => string | undefined): boolean {
  const cLocale = startsInCLocale(env);
  const setting = pyEnv("PYTHONUTF8");
  const utf8 = setting === "1" ? true : setting === "0" ? false : cLocale;
  if (cLocale && !env["LC_ALL"] && pyEnv("PYTHONCOERCECLOCALE") !== "0") {
    env["LC_CTYPE"] = "C.UTF-8";
    process.env["LC_CTYPE"] = "C.UTF-8";
  }
  return utf8;
}

/** What `--dis FILE` runs (argv[1] is FILE): the file compiled, then dis.dis of it. */
const DIS_PROGRAM = [
  "import sys, dis",
  "with open(sys.argv[1], 'rb') as f:",
  "    source = f.read()",
  "try:",
  "    code = compile(source, sys.argv[1], 'exec')",
  "except SyntaxError as e:",
  "    import traceback",
  "    sys.stderr.write(''.join(traceback.format_exception_only(e)))",
  "    sys.exit(1)",
  "dis.dis(code)",
].join("\n");
import { nodeTty } from "../host/lazy_node.js";
import { hashKeyFromSeed, setHashKey } from "../support/siphash.js";

/** Writes everything, even to a pipe: Node truncates piped output if the process exits
 * while asynchronous writes are pending, so the command line writes synchronously. */
function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, "utf8");
  let done = 0;
  while (done < bytes.length) {
    try {
      done += writeSync(fd, bytes, done, bytes.length - done);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "EAGAIN") continue;
      throw e;
    }
  }
}

const USAGE_LINE = "usage: swallow [option] ... [-c cmd | -m mod | file | -] [arg] ...";
const TRY_HELP = "Try `swallow -h' for more information.";

const HELP = `${USAGE_LINE}
Options (and corresponding environment variables):
-B     : don't write compiled modules to the cache (also PYTHONDONTWRITEBYTECODE=x;
         SWALLOW_CACHE_WRITE=1 writes them all the same)
-c cmd : program passed in as string (terminates option list)
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script
-m mod : run library module as a script (terminates option list)
-q     : don't print version and copyright messages on interactive startup
-R     : a random key for the hashes of str and bytes, whatever PYTHONHASHSEED says
         (PYTHONHASHSEED=random, the default, or an integer N: a key derived from N)
-S     : don't imply 'import site' on initialization (Swallow's default for now)
-u     : force the stdout and stderr streams to be unbuffered
-V     : print the Python version number and exit (also --version)
-X opt : set implementation-specific option
--ast file : print the file's abstract syntax tree (as python3 -m ast -a)
--dis file : print the file's bytecode
--stdlib path : CPython 3.11 Lib/ directory or zip to use (also SWALLOW_STDLIB=path;
         default: python_stdlib.zip of the pyodide package)
--no-jit : run everything in the interpreter (also SWALLOW_JIT=off)
--jit-threshold n : calls plus loop iterations before code is compiled; 0 compiles
         every function at its first call (also SWALLOW_JIT_THRESHOLD=n)
--jit-log : report compilations and deoptimisations on stderr (also SWALLOW_JIT_LOG=1)
--jit-stress : make the JIT's guards fail at random (testing; also SWALLOW_JIT=stress)
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
`;

interface Command {
  kind: "file" | "command" | "module" | "stdin" | "repl" | "ast" | "dis" | "version" | "help";
  target: string;
  args: string[];
  interactive: boolean;
  dontWriteBytecode: boolean;
  unbuffered: boolean;
  quiet: boolean;
  /** -E / -I: ignore PYTHON* variables. */
  ignoreEnvironment: boolean;
  /** -S: no `import site` (the default for now; accepted). */
  noSite: boolean;
  /** -R: a random hash key whatever PYTHONHASHSEED says. */
  randomHashes: boolean;
  /** --stdlib PATH */
  stdlib: string | undefined;
  /** -W options, in order. */
  warnOptions: string[];
  /** --no-jit, --jit-threshold N, --jit-log, --jit-stress */
  jit: { enabled?: boolean; threshold?: number; log?: boolean; stress?: boolean };
}

class UsageError {
  constructor(readonly message: string) {}
}

/** Options that take an argument (attached, `-Xdev`, or separate, `-X dev`). */
const WITH_ARGUMENT = new Set(["c", "m", "X", "W"]);
const FLAGS = new Set(["b", "B", "d", "E", "i", "I", "O", "P", "q", "s", "S", "u", "v", "x", "R"]);

function parseCommandLine(argv: string[]): Command {
  const cmd: Command = {
    kind: "repl",
    target: "",
    args: [],
    interactive: false,
    dontWriteBytecode: false,
    unbuffered: false,
    quiet: false,
    ignoreEnvironment: false,
    noSite: false,
    randomHashes: false,
    stdlib: undefined,
    warnOptions: [],
    jit: {},
  };
  let i = 0;
  while (i < argv.length) {
    const arg = argv[i]!;
    if (arg === "--ast" || arg === "--dis") {
      if (i + 1 >= argv.length) throw new UsageError(`Argument expected for the ${arg} option`);
      cmd.kind = arg === "--ast" ? "ast" : "dis";
      cmd.target = argv[i + 1]!;
      cmd.args = argv.slice(i + 2);
      return cmd;
    }
    if (arg === "--stdlib" || arg.startsWith("--stdlib=")) {
      const value = arg === "--stdlib" ? argv[++i] : arg.slice("--stdlib=".length);
      if (value === undefined) throw new UsageError("Argument expected for the --stdlib option");
      cmd.stdlib = value;
      i++;
      continue;
    }
    if (arg === "--no-jit" || arg === "--jit-log" || arg === "--jit-stress") {
      if (arg === "--no-jit") cmd.jit.enabled = false;
      else if (arg === "--jit-log") cmd.jit.log = true;
      else cmd.jit.stress = true;
      i++;
      continue;
    }
    if (arg === "--jit-threshold" || arg.startsWith("--jit-threshold=")) {
      const value = arg === "--jit-threshold" ? argv[++i] : arg.slice("--jit-threshold=".length);
      if (value === undefined || !/^\d+$/.test(value))
        throw new UsageError("--jit-threshold needs a non-negative integer");
      cmd.jit.threshold = Number(value);
      i++;
      continue;
    }
    if (arg === "--version") return { ...cmd, kind: "version" };
    if (arg === "--help") return { ...cmd, kind: "help" };
    if (arg === "-") {
      cmd.kind = "stdin";
      cmd.args = argv.slice(i + 1);
      return cmd;
    }
    if (arg === "--") {
      i++;
      break;
    }
    if (!arg.startsWith("-") || arg.length === 1) break;
    if (arg.startsWith("--")) throw new UsageError(`unknown option ${arg}`);
    for (let j = 1; j < arg.length; j++) {
      const opt = arg[j]!;
      if (WITH_ARGUMENT.has(opt)) {
        let value = arg.slice(j + 1);
        if (value === "") {
          i++;
          if (i >= argv.length) throw new UsageError(`Argument expected for the -${opt} option`);
          value = argv[i]!;
        }
        if (opt === "c") {
          cmd.kind = "command";
          cmd.target = value;
          cmd.args = argv.slice(i + 1);
          return cmd;
        }
        if (opt === "m") {
          cmd.kind = "module";
          cmd.target = value;
          cmd.args = argv.slice(i + 1);
          return cmd;
        }
        if (opt === "W") cmd.warnOptions.push(value);
        break; // -X opt: accepted
      }
      if (opt === "h" || opt === "?") return { ...cmd, kind: "help" };
      if (opt === "V") return { ...cmd, kind: "version" };
      if (!FLAGS.has(opt)) throw new UsageError(`unknown option -${opt}`);
      if (opt === "i") cmd.interactive = true;
      if (opt === "B") cmd.dontWriteBytecode = true;
      if (opt === "u") cmd.unbuffered = true;
      if (opt === "q") cmd.quiet = true;
      if (opt === "E" || opt === "I") cmd.ignoreEnvironment = true;
      if (opt === "S") cmd.noSite = true;
      if (opt === "R") cmd.randomHashes = true;
    }
    i++;
  }
  if (i < argv.length) {
    cmd.kind = "file";
    cmd.target = argv[i]!;
    cmd.args = argv.slice(i + 1);
  } else if (!cmd.interactive && !nodeTty().isatty(0)) {
    cmd.kind = "stdin";
  }
  return cmd;
}

function errnoText(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "[Errno 2] No such file or directory";
  if (code === "EACCES") return "[Errno 13] Permission denied";
  if (code === "EISDIR") return "[Errno 21] Is a directory";
  return (e as Error).message;
}

/** PYTHONHASHSEED's seed as CPython reads it (strtoul in base 10, then nothing after the
 * digits, at most 2**32-1): "random" when unset or "random", null when invalid. strtoul
 * skips leading white space and takes a sign, and negates in unsigned arithmetic: "-0" is
 * 0, any other negative number is out of range. */
function parseHashSeed(text: string | undefined): number | "random" | null {
  if (text === undefined || text === "random") return "random";
  const m = /^[ \t\n\v\f\r]*([+-]?)(\d+)$/.exec(text);
  if (m === null) return null;
  const n = Number(m[2]);
  if (m[1] === "-" && n !== 0) return null;
  return n <= 4294967295 ? n : null;
}

/** The JIT's settings from the command line, then the SWALLOW_JIT* variables. */
function jitOptions(
  cmd: Command,
  env: Record<string, string | undefined>,
  log: (line: string) => void,
): {
  enabled: boolean;
  threshold?: number;
  stress: boolean;
  log: ((line: string) => void) | null;
  dump: boolean;
} {
  const mode = env["SWALLOW_JIT"];
  const threshold =
    cmd.jit.threshold ?? (env["SWALLOW_JIT_THRESHOLD"] ? Number(env["SWALLOW_JIT_THRESHOLD"]) : undefined);
  return {
    enabled: cmd.jit.enabled ?? mode !== "off",
    ...(threshold !== undefined && Number.isInteger(threshold) && threshold >= 0 ? { threshold } : {}),
    stress: cmd.jit.stress ?? mode === "stress",
    log: cmd.jit.log || env["SWALLOW_JIT_LOG"] || env["SWALLOW_JIT_DUMP"] ? log : null,
    dump: env["SWALLOW_JIT_DUMP"] === "1",
  };
}

async function main(argv: string[]): Promise<number> {
  let cmd: Command;
  try {
    cmd = parseCommandLine(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      writeAll(2, `${e.message}\n${USAGE_LINE}\n${TRY_HELP}\n`);
      return 2;
    }
    throw e;
  }
  switch (cmd.kind) {
    case "help":
      writeAll(1, HELP);
      return 0;
    case "version":
      writeAll(1, "Python 3.11.7\n");
      return 0;
    case "ast": {
      let source: Uint8Array;
      try {
        source = readFileSync(cmd.target);
      } catch (e) {
        writeAll(2, `swallow: can't open file '${resolve(cmd.target)}': ${errnoText(e)}\n`);
        return 2;
      }
      const out = runAst(cmd.target, source);
      writeAll(1, out.stdout);
      writeAll(2, out.stderr);
      return out.exitCode;
    }
  }
  const { NodeHost } = await import("../host/node.js");
  const host = new NodeHost();
  const env = host.env();
  const pyEnv = (name: string): string | undefined =>
    cmd.ignoreEnvironment ? undefined : env[name] || undefined;
  const utf8Mode = startUpLocale(env, pyEnv);
  // Before anything is hashed: before the runtime's modules are loaded.
  const seed = cmd.randomHashes ? "random" : parseHashSeed(pyEnv("PYTHONHASHSEED"));
  if (seed === null) {
    writeAll(
      2,
      'Fatal Python error: config_init_hash_seed: PYTHONHASHSEED must be "random" or an integer in range [0; 4294967295]\n' +
        "Python runtime state: preinitialized\n\n",
    );
    return 1;
  }
  setHashKey(seed === "random" ? host.randomBytes(16) : hashKeyFromSeed(seed), seed !== 0);
  if (cmd.kind === "dis") {
    // `python3 -m dis FILE`, through the dis module so that there is one disassembler.
    if (!existsSync(cmd.target)) {
      writeAll(2, `swallow: can't open file '${resolve(cmd.target)}': [Errno 2] No such file or directory\n`);
      return 2;
    }
    cmd.args = [cmd.target, ...cmd.args];
    cmd.kind = "command";
    cmd.target = DIS_PROGRAM;
  }
  const { createRuntime } = await import("../api/runtime.js");
  let argv0: string;
  let path0: string;
  let source: Uint8Array | null = null;
  let abs = "";
  switch (cmd.kind) {
    case "file":
      abs = resolve(cmd.target);
      try {
        source = readFileSync(abs);
      } catch (e) {
        writeAll(2, `swallow: can't open file '${abs}': ${errnoText(e)}\n`);
        return 2;
      }
      argv0 = cmd.target;
      path0 = resolve(abs, "..");
      break;
    case "command":
      argv0 = "-c";
      path0 = "";
      break;
    case "module":
      argv0 = "-m";
      path0 = process.cwd();
      break;
    case "stdin":
      argv0 = "-";
      path0 = "";
      break;
    default:
      argv0 = "";
      path0 = "";
  }
  const { locateStdlib, defaultCacheDir, buildFingerprint } = await import("../host/stdlib_node.js");
  let stdlib: string | null;
  try {
    stdlib = locateStdlib(cmd.stdlib ?? env["SWALLOW_STDLIB"]);
  } catch (e) {
    writeAll(
      2,
      `swallow: can't use the standard library '${cmd.stdlib ?? env["SWALLOW_STDLIB"]}': ${errnoText(e)}\n`,
    );
    return 2;
  }
  const runtime = createRuntime({
    host,
    argv: [argv0, ...cmd.args],
    path0,
    dontWriteBytecode: cmd.dontWriteBytecode || pyEnv("PYTHONDONTWRITEBYTECODE") !== undefined,
    utf8Mode,
    unbuffered: cmd.unbuffered || pyEnv("PYTHONUNBUFFERED") !== undefined,
    site: !cmd.noSite,
    // Swallow's cache lives outside the source tree; SWALLOW_CACHE_WRITE=1 keeps it filling
    // under -B (the test suite runs scripts as CPython's -B run did).
    ...(env["SWALLOW_CACHE_WRITE"] === "1" ? { writeCodeCache: true } : {}),
    stdlib,
    pythonPath: (pyEnv("PYTHONPATH") ?? "")
      .split(":")
      .filter((p) => p !== "")
      .map((p) => resolve(p)),
    cacheDir: defaultCacheDir(env),
    cacheTag: buildFingerprint("0.1.0"),
    jit: jitOptions(cmd, env, (line) => writeAll(2, `[jit] ${line}\n`)),
    // CPython: PYTHONWARNINGS's comma-separated entries (empty ones dropped), then -W.
    warnOptions: [...(pyEnv("PYTHONWARNINGS") ?? "").split(",").filter((o) => o !== ""), ...cmd.warnOptions],
  });
  runtime.interactiveNext = cmd.kind === "repl" || cmd.interactive;
  let status: number;
  switch (cmd.kind) {
    case "file":
      status = runtime.runScript(source!, abs);
      break;
    case "command":
      status = runtime.runCommand(cmd.target);
      break;
    case "module":
      status = runtime.runModule(cmd.target);
      break;
    case "stdin":
      status = runtime.runScript(host.readStdinAll(), "<stdin>");
      break;
    default:
      status = -1;
  }
  if (cmd.jit.log || env["SWALLOW_JIT_LOG"]) {
    const { jitSummary } = await import("../jit/compile.js");
    writeAll(2, `[jit] ${jitSummary()}\n`);
  }
  if (runtime.interactiveNext) {
    const { runRepl } = await import("./repl.js");
    status = runRepl(runtime, { quiet: cmd.quiet || cmd.kind !== "repl" });
  }
  // Uncaught KeyboardInterrupt: die by SIGINT, as CPython does.
  if (status === -2) host.dieBySignal(2);
  return status;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    writeAll(2, `swallow: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
    process.exitCode = 70;
  },
);
