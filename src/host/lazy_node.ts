// Node's built-in modules that most runs never use, loaded at their first use instead of
// at start-up: node:crypto, node:zlib, node:tty (with node:net) and node:child_process
// (with node:net and node:dgram) cost about 10 ms of a start together, in the worker
// thread that runs Python (Node compiles them for each thread), while `swallow -c pass`
// and a cached `import json` need none of them.

import { createRequire } from "node:module";
import type * as Crypto from "node:crypto";
import type * as ChildProcess from "node:child_process";
import type * as Tty from "node:tty";
import type * as Zlib from "node:zlib";

const require = createRequire(import.meta.url);

function lazy<T>(name: string): () => T {
  let module: T | undefined;
  return () => (module ??= require(name) as T);
}

export const nodeCrypto = lazy<typeof Crypto>("node:crypto");
export const nodeZlib = lazy<typeof Zlib>("node:zlib");
export const nodeTty = lazy<typeof Tty>("node:tty");
export const nodeChildProcess = lazy<typeof ChildProcess>("node:child_process");
