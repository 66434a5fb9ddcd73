// Identifies a build of the parser and compiler, for the compiled-module cache's keys: a
// hash of the names, sizes and modification times of their compiled files. Kept apart
// (no other imports) so that scripts/bundle_cli.js can compute it at bundling time and
// write it into the bundle: a start from the bundle then stats none of those files.

import * as fs from "node:fs";

/** The fingerprint of the .js files of `parser/` and `compiler/` under `srcDir` (the URL
 * of dist/src/, ending in "/"). */
export function compilerFingerprint(srcDir: URL): string {
  let h = 0;
  for (const dir of ["parser/", "compiler/"]) {
    const url = new URL(dir, srcDir);
    let names: string[];
    try {
      names = fs.readdirSync(url).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      if (!name.endsWith(".js")) continue;
      const s = fs.statSync(new URL(name, url));
      for (const c of `${name}:${s.size}:${s.mtimeMs};`) h = (Math.imul(h, 31) + c.charCodeAt(0)) | 0;
    }
  }
  return (h >>> 0).toString(16);
}
