// The interactive prompt. Placeholder until the readline-based REPL lands.

import type { Runtime } from "../api/runtime.js";

export async function runRepl(_runtime: Runtime, _options: { quiet: boolean }): Promise<number> {
  return 0;
}
