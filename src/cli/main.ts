// The `swallow` command.

import { readFileSync, writeSync } from "node:fs";
import { runAst } from "./ast_command.js";

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

const USAGE = "usage: swallow [--ast] FILE\n";

function main(argv: string[]): number {
  if (argv[0] === "--ast" && argv.length === 2) {
    const file = argv[1]!;
    let source: Uint8Array;
    try {
      source = readFileSync(file);
    } catch (e) {
      writeAll(2, `swallow: can't open file '${file}': ${(e as Error).message}\n`);
      return 2;
    }
    const out = runAst(file, source);
    writeAll(1, out.stdout);
    writeAll(2, out.stderr);
    return out.exitCode;
  }
  writeAll(2, USAGE);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
