// POSIX path arithmetic for the import system and the command line (no host access).

export function joinPath(a: string, b: string): string {
  if (b.startsWith("/")) return b;
  if (a === "" || a.endsWith("/")) return a + b;
  return `${a}/${b}`;
}

export function dirname(p: string): string {
  const i = p.lastIndexOf("/");
  if (i < 0) return "";
  if (i === 0) return "/";
  return p.slice(0, i);
}

/** os.path.normpath for absolute or relative POSIX paths. */
export function normPath(p: string): string {
  if (p === "") return ".";
  const abs = p.startsWith("/");
  const out: string[] = [];
  for (const part of p.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (out.length > 0 && out[out.length - 1] !== "..") out.pop();
      else if (!abs) out.push("..");
      continue;
    }
    out.push(part);
  }
  const s = out.join("/");
  return abs ? "/" + s : s === "" ? "." : s;
}

export function absPath(p: string, cwd: string): string {
  return normPath(p.startsWith("/") ? p : joinPath(cwd, p));
}
