// Where Lib comes from: a directory (any CPython 3.11 `Lib/`) is used as it is; a zip
// archive (pyodide's python_stdlib.zip by default) is mounted over the host's file system
// at its own path, so that sys.path can name it like a directory.

import type { Host } from "./host.js";
import { mountZip } from "./zip_overlay.js";

/** The host to run with, given the standard library's location. */
export function withStdlib(host: Host, stdlib: string): Host {
  if (!stdlib.endsWith(".zip") || host.stat(stdlib)?.isFile !== true) return host;
  const os = host.os;
  if (os === undefined) return host;
  return mountZip(host, stdlib, (data, size) => os.inflateRaw(data, size));
}
