// `swallow --ast FILE`: what `python3 -m ast -a --no-type-comments FILE` prints.

import { dumpAst } from "../parser/ast_dump.js";
import { formatSyntaxError, parse, PythonSyntaxError } from "../parser/index.js";

export interface CommandOutput {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export function runAst(displayName: string, source: Uint8Array): CommandOutput {
  try {
    const tree = parse(source, displayName, "exec");
    return { stdout: dumpAst(tree as never) + "\n", stderr: "", exitCode: 0 };
  } catch (e) {
    if (e instanceof PythonSyntaxError) return { stdout: "", stderr: formatSyntaxError(e), exitCode: 1 };
    throw e;
  }
}
