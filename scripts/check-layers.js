#!/usr/bin/env node
// Enforces the layer table of DESIGN.md (and docs/architecture.md): imports only point
// down the layers, and only the host layer and the command line touch Node's modules.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, dirname, resolve } from "node:path";

const root = resolve(dirname(new URL(import.meta.url).pathname), "..");
const src = join(root, "src");

/** layer -> layers it may import (itself is always allowed). */
const allowed = {
  support: [],
  host: ["support"],
  parser: ["support"],
  compiler: ["parser", "support"],
  objects: ["support", "host"],
  vm: ["compiler", "parser", "objects", "support", "host"],
  jit: ["vm", "compiler", "objects", "support", "host"],
  modules: ["vm", "compiler", "parser", "objects", "support", "host"],
  cli: ["api", "jit", "modules", "vm", "compiler", "parser", "objects", "support", "host"],
  api: ["jit", "modules", "vm", "compiler", "parser", "objects", "support", "host"],
};
const mayUseNode = new Set(["host", "cli"]);

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else if (path.endsWith(".ts")) yield path;
  }
}

const importPattern =
  /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;
const problems = [];
for (const file of walk(src)) {
  const layer = relative(src, file).split("/")[0];
  if (!(layer in allowed)) {
    problems.push(`${relative(root, file)}: '${layer}' is not a layer of DESIGN.md`);
    continue;
  }
  const text = readFileSync(file, "utf8");
  for (const m of text.matchAll(importPattern)) {
    const spec = m[1] ?? m[2];
    if (spec.startsWith("node:") || !spec.startsWith(".")) {
      if (!mayUseNode.has(layer))
        problems.push(`${relative(root, file)}: imports '${spec}'; only host/ and cli/ may`);
      continue;
    }
    const target = relative(src, resolve(dirname(file), spec)).split("/")[0];
    if (target !== layer && !allowed[layer].includes(target)) {
      problems.push(`${relative(root, file)}: ${layer}/ may not import ${target}/ ('${spec}')`);
    }
  }
}
if (problems.length) {
  console.error(problems.join("\n"));
  console.error(`check-layers: ${problems.length} upward or forbidden import(s)`);
  process.exit(1);
}
console.log("check-layers: imports follow the layers");
