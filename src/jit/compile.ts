// Compiling a code object: generate the source (codegen.ts), let V8 make a function of it, and
// report the compilation on --jit-log. Installed as the VM's `jitHooks.compile` by the API
// layer.

import type { CodeObject } from "../compiler/code.js";
import { codeRuntime } from "../vm/code_runtime.js";
import {
  DEOPT,
  jitSettings,
  registerCompiled,
  type DirectEntry,
  type JitCodeState,
  type JitEntry,
} from "../vm/jit_hooks.js";
import { vm } from "../vm/state.js";
import { frameBytesOf, generate, Unsupported } from "./codegen.js";
import { helpers } from "./helpers.js";
import { describe, maySpeculate } from "./policy.js";

/** Code objects longer than this are left to the interpreter: they are module bodies that
 * run once, and V8 compiles huge functions slowly. */
const MAX_INSTRUCTIONS = 4000;

/** The process's totals, for the summary line of --jit-log. */
export const jitTotals = { compilations: 0, ms: 0 };

/** The last line of --jit-log: what compiling cost this run. */
export function jitSummary(): string {
  return `total: ${jitTotals.compilations} compilations in ${jitTotals.ms.toFixed(1)} ms`;
}

export function compileCode(code: CodeObject, state: JitCodeState): JitEntry | null {
  if (code.length > MAX_INSTRUCTIONS) return null;
  const started = performance.now();
  const rt = codeRuntime(code);
  const speculate = maySpeculate(state);
  let generated;
  state.compiling = true;
  try {
    generated = generate(code, rt, {
      speculate,
      speculateBranches: speculate && state.speculateBranches,
      stress: jitSettings.stress,
      genericSites: state.genericSites,
      failedSites: state.failedSites,
    });
  } catch (e) {
    if (e instanceof Unsupported) {
      jitSettings.log?.(`not compiled ${describe(code)}: ${e.message}`);
      return null;
    }
    throw e;
  } finally {
    state.compiling = false;
  }
  const source = `${generated.source}\n//# sourceURL=${sourceUrl(code)}`;
  if (jitSettings.dump) jitSettings.log?.(`source of ${describe(code)}:\n${source}`);
  const factory = new Function("H", "DEOPT", "S", "C", "CODE", "V", "K", source) as (
    ...args: unknown[]
  ) => JitEntry;
  const entry = factory(helpers, DEOPT, state, rt.caches, code, vm, generated.constants);
  state.direct = (entry as JitEntry & { direct?: DirectEntry }).direct ?? null;
  registerCompiled(state);
  state.compiles++;
  state.frameBytes = frameBytesOf(code);
  state.deopts = 0;
  state.branchExits = 0;
  state.guardedTypes = generated.guardedTypes;
  const ms = performance.now() - started;
  state.compileMs += ms;
  jitTotals.compilations++;
  jitTotals.ms += ms;
  jitSettings.log?.(
    `compiled ${describe(code)}: ${code.length} instructions, ${speculate ? "speculative" : "generic"}, ` +
      `${ms.toFixed(2)} ms (compilation ${state.compiles})` +
      (generated.directCallees.length > 0 ? `; calls directly: ${generated.directCallees.join(", ")}` : ""),
  );
  return entry;
}

/** A `//# sourceURL` naming the Python function and file, with nothing that could end the
 * comment or the line. */
function sourceUrl(code: CodeObject): string {
  const clean = (s: string) => s.replace(/[^A-Za-z0-9_.<>/-]/g, "_");
  return `swallow-jit:///${clean(code.co_filename)}/${clean(code.co_qualname)}`;
}
