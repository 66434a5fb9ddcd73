// Printing an uncaught exception exactly as CPython 3.11's default excepthook does
// (Python/pythonrun.c print_exception_recursive, Python/traceback.c tb_print_internal):
// chained causes and contexts first, the traceback entries with their source lines and
// caret lines, "[Previous line repeated N more times]" for recursion, the `Type: message`
// line with "Did you mean" suggestions, notes, and exception groups in boxes.

import type { CodeObject } from "../compiler/code.js";
import { PythonSyntaxError, formatSyntaxError } from "../parser/index.js";
import { decodeSource } from "../parser/source.js";
import { None } from "../objects/bootstrap.js";
import { builtinsAsDict, PyDict } from "../objects/dict.js";
import { exceptionType, PyBaseException } from "../objects/exceptions.js";
import { typeOf, type PyObject } from "../objects/object.js";
import { PyType } from "../objects/type.js";
import { getAttrOpt, isInstance, reprJS, strJS, toArray, len, getItem } from "../objects/abstract.js";
import { isStr, jsString } from "../objects/str.js";
import { callSpecial } from "../objects/call.js";
import { PyTuple } from "../objects/tuple.js";
import { caretLine } from "./carets.js";
import { PyTraceback } from "./frame.js";
import { vm } from "./state.js";
import { suggest } from "./suggestions.js";

const TB_RECURSIVE_CUTOFF = 3;
const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

/** The lines of a source file, for tracebacks (linecache); null when unreadable. */
export function sourceLines(filename: string): string[] | null {
  const cached = vm.sources.get(filename);
  if (cached !== undefined) return cached;
  if (filename.startsWith("<") && filename.endsWith(">")) return null;
  let text: string;
  try {
    text = decodeSource(vm.host.readFile(filename), filename);
  } catch {
    return null;
  }
  const lines = text.split(/\r\n|\r|\n/);
  vm.sources.set(filename, lines);
  return lines;
}

class Printer {
  out = "";
  depth = 0;
  needClose = false;
  seen = new Set<PyObject>();

  margin(): string {
    return this.depth > 0 ? "| " : "";
  }
  indent(): string {
    return " ".repeat(2 * this.depth);
  }
  line(text: string): void {
    this.out += this.indent() + this.margin() + text + "\n";
  }
}

function tracebackEntries(tb: PyObject | null): PyTraceback[] {
  const out: PyTraceback[] = [];
  let t = tb;
  while (t instanceof PyTraceback) {
    out.push(t);
    t = t.next;
  }
  return out;
}

function printTracebackEntries(p: Printer, tb: PyObject | null): void {
  let entries = tracebackEntries(tb);
  const limitObj = vm.sys === null ? undefined : getAttrOpt(vm.sys, "tracebacklimit");
  let limit = 1000;
  if (typeof limitObj === "number") limit = limitObj;
  if (limit <= 0) return;
  if (entries.length > limit) entries = entries.slice(entries.length - limit);
  let lastFile: string | null = null;
  let lastLine = -1;
  let lastName: string | null = null;
  let count = 0;
  const repeated = (n: number): void => {
    const more = n - TB_RECURSIVE_CUTOFF;
    p.out += `  [Previous line repeated ${more} more time${more > 1 ? "s" : ""}]\n`;
  };
  for (const tb of entries) {
    const code = tb.frame.frame.code as CodeObject;
    const file = code.co_filename;
    const name = code.co_name;
    if (
      lastFile === null ||
      file !== lastFile ||
      lastLine === -1 ||
      tb.lineno !== lastLine ||
      name !== lastName
    ) {
      if (count > TB_RECURSIVE_CUTOFF) repeated(count);
      lastFile = file;
      lastLine = tb.lineno;
      lastName = name;
      count = 0;
    }
    count++;
    if (count <= TB_RECURSIVE_CUTOFF) printEntry(p, tb, code);
  }
  if (count > TB_RECURSIVE_CUTOFF) repeated(count);
}

function printEntry(p: Printer, tb: PyTraceback, code: CodeObject): void {
  p.line(`  File "${code.co_filename}", line ${tb.lineno}, in ${code.co_name}`);
  const lines = sourceLines(code.co_filename);
  if (lines === null || tb.lineno < 1 || tb.lineno > lines.length) return;
  const src = lines[tb.lineno - 1];
  if (src === undefined) return;
  const stripped = src.replace(/^[ \t\f]+/, "");
  if (stripped === "") return;
  p.line(`    ${stripped}`);
  const pos = code.positions;
  const i = tb.lasti * 4;
  if (i + 3 >= pos.length) return;
  const [line, endLine, col, endCol] = [pos[i]!, pos[i + 1]!, pos[i + 2]!, pos[i + 3]!];
  if (line !== tb.lineno || endLine < 0 || col < 0 || endCol < 0) return;
  const carets = caretLine(src, line, endLine, col, endCol);
  if (carets !== null) p.line(`    ${carets}`);
}

function typeDisplayName(t: PyType): string {
  const mod = t.dict.get("__module__");
  const qual = t.qualname;
  if (mod === undefined) return t.isBuiltin ? qual : qual;
  if (!isStr(mod)) return `<unknown>.${qual}`;
  const m = jsString(mod);
  return m === "builtins" || m === "__main__" ? qual : `${m}.${qual}`;
}

function suggestionFor(e: PyBaseException): string | null {
  try {
    if (isInstance(e, exceptionType("AttributeError"))) {
      const name = e.field("name");
      const obj = e.field("obj");
      if (name === undefined || obj === undefined || !isStr(name)) return null;
      // PyObject_Dir: __dir__ looked up on the type, so that a type object gets
      // type.__dir__ (its own and its bases' attributes).
      const names = callSpecial(obj, "__dir__", []);
      if (names === undefined) return null;
      const dir = toArray(names)
        .filter(isStr)
        .map((x) => jsString(x))
        .sort();
      return suggest(jsString(name), dir);
    }
    if (isInstance(e, exceptionType("NameError"))) {
      const name = e.field("name");
      if (name === undefined || !isStr(name)) return null;
      const entries = tracebackEntries(e.traceback);
      if (entries.length === 0) return null;
      const frame = entries[entries.length - 1]!.frame.frame;
      const n = jsString(name);
      let s = suggest(n, [...frame.code.co_varnames]);
      if (s !== null) return s;
      s = suggest(n, keysOf(frame.globals));
      if (s !== null) return s;
      return suggest(n, keysOf(builtinsAsDict(frame.builtins)));
    }
  } catch {
    return null;
  }
  return null;
}

function keysOf(d: PyDict): string[] {
  return d
    .keysArray()
    .filter(isStr)
    .map((k) => jsString(k));
}

function printMessage(p: Printer, e: PyBaseException): void {
  if (isInstance(e, exceptionType("SyntaxError"))) {
    const s = syntaxErrorText(e);
    if (s !== null) {
      for (const l of s.replace(/\n$/, "").split("\n")) p.line(l);
      return;
    }
  }
  let text = typeDisplayName(typeOf(e));
  let msg: string | null;
  try {
    msg = strJS(e);
  } catch {
    msg = null;
  }
  if (msg === null) text += ": <exception str() failed>";
  else if (msg !== "") text += ": " + msg;
  const suggestion = suggestionFor(e);
  if (suggestion !== null) text += `. Did you mean: '${suggestion}'?`;
  p.line(text);
}

/** SyntaxError's own layout (file and line, the text, the caret) from its attributes. */
function syntaxErrorText(e: PyBaseException): string | null {
  const get = (k: string): PyObject => e.field(k) ?? None;
  const msgObj = get("msg");
  const msg = msgObj === None ? (e.args.length > 0 ? strJS(e.args[0]!) : "") : strJS(msgObj);
  const num = (v: PyObject): number | null => (typeof v === "number" ? v : null);
  const filename = get("filename");
  const text = get("text");
  const kind = typeOf(e).name as "SyntaxError";
  const offset = num(get("offset"));
  let endOffset = num(get("end_offset"));
  const lineno = num(get("lineno"));
  // print_error_text's caret range on one line: at least one caret, none past the end.
  if (offset !== null && offset > 0 && endOffset !== null && lineno === num(get("end_lineno"))) {
    if (endOffset <= offset) endOffset = offset + 1;
    if (text !== None) endOffset = Math.min(endOffset, strJS(text).replace(/\n$/, "").length + 1);
  }
  const fake = new PythonSyntaxError(
    kind,
    msg,
    filename === None ? null : strJS(filename),
    lineno,
    offset,
    text === None ? null : strJS(text),
    num(get("end_lineno")),
    endOffset,
  );
  let s = formatSyntaxError(fake, true);
  const display = typeDisplayName(typeOf(e));
  if (display !== kind) s = s.replace(new RegExp(`${kind}: `), `${display}: `);
  if (fake.lineno === null && fake.filename === null && msg !== "") return s;
  return s;
}

function printNotes(p: Printer, e: PyBaseException): void {
  const notes = e.dict?.["__notes__"];
  if (notes === undefined) return;
  let items: PyObject[];
  if (isStr(notes) || !(typeOf(notes).lookup("__getitem__") !== undefined)) {
    let r: string;
    try {
      r = reprJS(notes);
    } catch {
      r = "<__notes__ repr() failed>";
    }
    p.line(r);
    return;
  }
  try {
    items = notes instanceof PyTuple ? notes.items : toArray(notes);
  } catch {
    try {
      const n = len(notes);
      items = [];
      for (let i = 0; i < n; i++) items.push(getItem(notes, i));
    } catch {
      return;
    }
  }
  for (const note of items) {
    let s: string;
    if (isStr(note)) s = jsString(note);
    else {
      try {
        s = strJS(note);
      } catch {
        s = "<note str() failed>";
      }
    }
    for (const l of s.split("\n")) p.line(l);
  }
}

function printException(p: Printer, e: PyBaseException): void {
  if (e.traceback !== null && e.traceback !== None) {
    const isGroup = isInstance(e, exceptionType("BaseExceptionGroup"));
    const header = isGroup
      ? "Exception Group Traceback (most recent call last):"
      : "Traceback (most recent call last):";
    const headerMargin = isGroup && p.depth === 1 ? "+ " : p.margin();
    p.out += p.indent() + headerMargin + header + "\n";
    printTracebackEntries(p, e.traceback);
  }
  printMessage(p, e);
  printNotes(p, e);
}

function printChained(p: Printer, e: PyBaseException, message: string): void {
  const needClose = p.needClose;
  printRecursive(p, e);
  p.needClose = needClose;
  p.line("");
  p.line(message);
  p.line("");
}

function printRecursive(p: Printer, e: PyObject): void {
  if (!(e instanceof PyBaseException)) {
    p.line(`TypeError: print_exception(): Exception expected for value, ${typeOf(e).name} found`);
    return;
  }
  p.seen.add(e);
  const cause = e.cause;
  if (cause instanceof PyBaseException) {
    if (!p.seen.has(cause))
      printChained(p, cause, "The above exception was the direct cause of the following exception:");
  } else if (!e.suppressContext) {
    const ctx = e.context;
    if (ctx instanceof PyBaseException && !p.seen.has(ctx)) {
      printChained(p, ctx, "During handling of the above exception, another exception occurred:");
    }
  }
  if (!isInstance(e, exceptionType("BaseExceptionGroup"))) printException(p, e);
  else printGroup(p, e);
}

function printGroup(p: Printer, e: PyBaseException): void {
  const top = p.depth === 0;
  if (top) p.depth++;
  printException(p, e);
  const excsObj = getAttrOpt(e, "exceptions");
  const excs = excsObj instanceof PyTuple ? excsObj.items : [];
  if (p.depth > MAX_GROUP_DEPTH) {
    p.line(`... (max_group_depth is ${MAX_GROUP_DEPTH})`);
  } else {
    const n = excs.length <= MAX_GROUP_WIDTH ? excs.length : MAX_GROUP_WIDTH + 1;
    p.needClose = false;
    for (let i = 0; i < n; i++) {
      const last = i === n - 1;
      if (last) p.needClose = true;
      const truncated = i >= MAX_GROUP_WIDTH;
      const label = truncated ? "..." : `${i + 1}`;
      p.out += p.indent() + `${i === 0 ? "+-" : "  "}+---------------- ${label} ----------------\n`;
      p.depth++;
      if (!truncated) printRecursive(p, excs[i]!);
      else {
        const remaining = excs.length - MAX_GROUP_WIDTH;
        p.line(`and ${remaining} more exception${remaining > 1 ? "s" : ""}`);
      }
      if (last && p.needClose) {
        p.out += p.indent() + "+------------------------------------\n";
        p.needClose = false;
      }
      p.depth--;
    }
  }
  if (top) p.depth--;
}

/** The text CPython's default sys.excepthook writes for an uncaught exception. */
export function formatException(e: PyObject): string {
  const p = new Printer();
  printRecursive(p, e);
  return p.out;
}
