// The interactive prompt: `>>> ` and `... ` prompts, multi-line blocks (an incomplete
// input asks for more), results echoed through sys.displayhook (which stores `_`),
// exceptions printed without leaving, Ctrl-C to drop the input, Ctrl-D or exit() to quit.
// The host reads the lines: under the supervisor, Node's readline on the main thread,
// with line editing and history.

import { compile } from "../compiler/compiler.js";
import { PythonSyntaxError } from "../parser/index.js";
import type { Runtime } from "../api/runtime.js";
import { runFrame } from "../vm/interpreter.js";
import { Frame } from "../vm/frame.js";
import { newRegisters } from "../vm/args.js";
import { checkInterrupt } from "../vm/ops.js";
import { toPyException } from "../vm/errors.js";
import { exceptionType, isException } from "../objects/exceptions.js";

/** Whether `source` is an unfinished compound statement or bracket (asks for more). */
function incomplete(source: string): boolean {
  try {
    compile(source, "<stdin>", "single");
    return false;
  } catch (e) {
    if (!(e instanceof PythonSyntaxError)) return false;
    // A block is finished by an empty line; an error at end of input means "more".
    if (source.endsWith("\n\n")) return false;
    return /unexpected EOF|was never closed|expected an indented block|unterminated triple-quoted/.test(
      e.msg,
    );
  }
}

export function runRepl(runtime: Runtime, options: { quiet: boolean }): number {
  const host = runtime.state.host;
  if (!options.quiet) {
    host.writeStderr(
      'Python 3.11.7 (Swallow) on Node.js\nType "help", "copyright", "credits" or "license" for more information.\n',
    );
  }
  const main = runtime.state.modules.getStr("__main__") ?? runtime.mainModule(null);
  // Under -i, a SystemExit of the program leads to the prompt all the same.
  runtime.exited = false;
  let buffer = "";
  for (;;) {
    let line: string | null;
    try {
      line = host.readLine(buffer === "" ? ">>> " : "... ", checkInterrupt);
    } catch (e) {
      buffer = "";
      const error = toPyException(e);
      if (isException(error) && error.type === exceptionType("KeyboardInterrupt")) {
        host.writeStderr("\nKeyboardInterrupt\n");
        continue;
      }
      const status = runtime.handleUncaught(e);
      if (runtime.exited) return runtime.finish(status);
      continue;
    }
    if (line === null) break;
    buffer += line + "\n";
    if (buffer.trim() !== "" && incomplete(buffer)) continue;
    const source = buffer;
    buffer = "";
    if (source.trim() === "") continue;
    const code = runtime.runPart(() => {
      const c = compile(source, "<stdin>", "single");
      const ns = (main as unknown as { namespace: never }).namespace;
      runFrame(new Frame(c, ns, runtime.state.builtins, ns, null, newRegisters(c)));
    });
    if (runtime.exited) return runtime.finish(code);
  }
  host.writeStdout("\n");
  return runtime.finish(0);
}
