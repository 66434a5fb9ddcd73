// `_posixsubprocess`, which subprocess.py calls to start a program. CPython forks, sets the
// child's descriptors, cwd and session up, and execs; a failure in the child comes back
// through the error pipe as "OSError:<hex errno>:" ("noexec" after the colon when it
// happened before exec: the chdir to cwd). Here the host starts the program (HostOS.spawn)
// and this function writes the same report into the same pipe, so subprocess.py raises the
// same exception.

import { None } from "../objects/bootstrap.js";
import { PyBytes } from "../objects/bytes.js";
import { exceptionType, newException, typeError, valueError } from "../objects/exceptions.js";
import { index, toArray } from "../objects/abstract.js";
import { isInt, typeOf, type PyObject } from "../objects/object.js";
import { isStr, jsString } from "../objects/str.js";
import { fn, fsDecode, fsEncode, osCall, pathArg } from "./_os_helpers.js";
import { registerNativeModule } from "./registry.js";
import { flushPendingWrites } from "./_io/pending_writes.js";

const M = "_posixsubprocess";

function fd(v: PyObject): number {
  return Number(index(v));
}

function optionalId(v: PyObject): number | null {
  return v === None ? null : Number(index(v));
}

function argString(v: PyObject): string {
  if (isStr(v) && jsString(v).includes("\0")) throw valueError("embedded null byte");
  const s = pathArg(v, "fork_exec", "args").path;
  if (s.includes("\0")) throw valueError("embedded null byte");
  return s;
}

/** env_list: b"NAME=value" items, or None for this process's environment. */
function environment(v: PyObject): Record<string, string> | null {
  if (v === None) return null;
  const env: Record<string, string> = {};
  for (const item of toArray(v)) {
    if (!(item instanceof PyBytes)) throw typeError(`expected bytes, ${typeOf(item).name} found`);
    const text = fsDecode(item.data);
    if (text.includes("\0")) throw valueError("embedded null byte");
    const eq = text.indexOf("=");
    if (eq > 0) env[text.slice(0, eq)] = text.slice(eq + 1);
  }
  return env;
}

function notSupported(what: string): never {
  throw newException(
    exceptionType("NotImplementedError"),
    `${what} is not supported: Swallow starts programs without fork()`,
  );
}

/** The child's descriptors: 0, 1, 2 from the pipes or files given (-1: ours), then the
 * ones passed on under their own numbers. */
function childStdio(p2cread: number, c2pwrite: number, errwrite: number, passFds: number[]): number[] {
  const stdio = [p2cread, c2pwrite, errwrite];
  for (const k of passFds) {
    while (stdio.length < k) stdio.push(-1);
    stdio[k] = k;
  }
  return stdio;
}

registerNativeModule("_posixsubprocess", () =>
  Object.fromEntries([
    fn(
      M,
      "fork_exec(args, executable_list, close_fds, pass_fds, cwd, env, p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite, errpipe_read, errpipe_write, restore_signals, call_setsid, pgid_to_set, gid, extra_groups, uid, child_umask, preexec_fn, allow_vfork, /)",
      (...a) => {
        const [args, executables, , passFds, cwd, env, p2cread, , , c2pwrite, , errwrite, , errpipeWrite] = a;
        const [, , , , , , , , , , , , , , , callSetsid, pgid, gid, groups, uid, umask, preexecFn] = a;
        if (preexecFn !== None) notSupported("preexec_fn");
        if (fd(pgid!) !== -1) notSupported("process_group");
        if (groups !== None && toArray(groups!).length > 0) notSupported("extra_groups");
        const argv = args === None ? [] : toArray(args!).map(argString);
        const programs = toArray(executables!).map((e) => argString(e));
        if (programs.length === 0) throw valueError("executable_list must not be empty");
        const errpipe = fd(errpipeWrite!);
        const kept = toArray(passFds!)
          .map((v) => {
            if (!isInt(v)) throw valueError("bad value(s) in fds_to_keep");
            return fd(v);
          })
          .filter((k) => k !== errpipe && k > 2);
        // The child may read any file this process wrote through a dropped file object.
        flushPendingWrites(null);
        const spawned = osCall(undefined, (os) =>
          os.spawn({
            executables: programs,
            args: argv,
            cwd: cwd === None ? null : pathArg(cwd!, "fork_exec", "cwd").path,
            env: environment(env!),
            stdio: childStdio(fd(p2cread!), fd(c2pwrite!), fd(errwrite!), kept),
            newSession: callSetsid === true,
            uid: optionalId(uid!),
            gid: optionalId(gid!),
            umask: fd(umask!) === -1 ? null : fd(umask!),
          }),
        );
        if (spawned.errno !== undefined) {
          const report = `OSError:${spawned.errno.toString(16)}:${spawned.inChdir ? "noexec" : ""}`;
          osCall(undefined, (os) => os.write(errpipe, fsEncode(report)));
        }
        return spawned.pid;
      },
    ),
  ]),
);
