// The interactive prompt: `>>> ` and `... ` prompts, multi-line blocks (an incomplete
// input asks for more), results echoed through sys.displayhook (which stores `_`),
// exceptions printed without leaving, Ctrl-D or exit() to quit. Node's readline gives
// line editing and history.

import { createInterface } from "node:readline";
import { compile } from "../compiler/compiler.js";
import { PythonSyntaxError } from "../parser/index.js";
import type { Runtime } from "../api/runtime.js";
import { runFrame } from "../vm/interpreter.js";
import { Frame } from "../vm/frame.js";
import { newRegisters } from "../vm/args.js";

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

export async function runRepl(runtime: Runtime, options: { quiet: boolean }): Promise<number> {
  const host = runtime.state.host;
  if (!options.quiet) {
    host.writeStderr(
      'Python 3.11.7 (Swallow) on Node.js\nType "help", "copyright", "credits" or "license" for more information.\n',
    );
  }
  const main = runtime.state.modules.getStr("__main__") ?? runtime.mainModule(null);
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  let buffer = "";
  let status: number | null = null;
  rl.setPrompt(">>> ");
  rl.prompt();
  for await (const line of rl) {
    buffer += line + "\n";
    if (buffer.trim() !== "" && incomplete(buffer)) {
      rl.setPrompt("... ");
      rl.prompt();
      continue;
    }
    const source = buffer;
    buffer = "";
    if (source.trim() !== "") {
      const code = runtime.runMain(() => {
        const c = compile(source, "<stdin>", "single");
        const ns = (main as unknown as { namespace: never }).namespace;
        runFrame(new Frame(c, ns, runtime.state.builtins, ns, null, newRegisters(c)));
      });
      if (runtime.exited) {
        status = code;
        break;
      }
    }
    rl.setPrompt(">>> ");
    rl.prompt();
  }
  rl.close();
  if (status === null) host.writeStdout("\n");
  return status ?? 0;
}
