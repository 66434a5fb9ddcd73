// The _csv module that Lib/csv.py wraps (CPython's Modules/_csv.c): Dialect (validated,
// immutable formatting parameters), the dialect registry, reader (a character state
// machine fed one line at a time, with an end-of-line pseudo character after each line)
// and writer (quoting and escaping decided per character), with CPython's messages.

import { floatType, None, typeType } from "../objects/bootstrap.js";
import { getIter, isTrue, iterNext, str } from "../objects/abstract.js";
import { getAttrOpt } from "../objects/attributes.js";
import { call } from "../objects/call.js";
import { PyDict } from "../objects/dict.js";
import { exceptionType, newException, typeError } from "../objects/exceptions.js";
import { builtinFunction, defineGetSets, defineMethods, type KwNames } from "../objects/function.js";
import { intValue } from "../objects/int.js";
import { defineNew } from "../objects/iterators.js";
import { PyList } from "../objects/list.js";
import { typeName } from "../objects/names.js";
import { typeOf, type AttributeDict, type PyObject, type PyObjectBase } from "../objects/object.js";
import { isStr, jsString, strFromJS, strLength } from "../objects/str.js";
import { clinicKwArgs, noArgs } from "../objects/str_args.js";
import { PyTuple } from "../objects/tuple.js";
import type { PyType } from "../objects/type.js";
import { adopt, moduleIterType, moduleType } from "./itertools_helpers.js";
import { registerNativeModule } from "./registry.js";

const QUOTE_MINIMAL = 0;
const QUOTE_ALL = 1;
const QUOTE_NONNUMERIC = 2;
const QUOTE_NONE = 3;

let errorType: PyType | null = null;
function csvError(): PyType {
  if (errorType === null) {
    const ns = new PyDict();
    ns.setStr("__module__", "_csv");
    errorType = call(typeType, ["Error", new PyTuple([exceptionType("Exception")]), ns]) as PyType;
  }
  return errorType;
}
function error(msg: string): never {
  throw newException(csvError(), strFromJS(msg));
}

let fieldLimit = 128 * 1024;
const dialects = new PyDict();

// ---- Dialect ----

const dialectType = moduleType("_csv", "Dialect");

class PyDialect implements PyObjectBase {
  dict: AttributeDict | null = null;
  delimiter = ",";
  doublequote = true;
  escapechar: string | null = null;
  lineterminator = "\r\n";
  quotechar: string | null = '"';
  quoting = QUOTE_MINIMAL;
  skipinitialspace = false;
  strict = false;
  constructor(public type: PyType = dialectType) {}
}

const DIALECT_PARAMS = [
  "dialect",
  "delimiter",
  "doublequote",
  "escapechar",
  "lineterminator",
  "quotechar",
  "quoting",
  "skipinitialspace",
  "strict",
];

function charParam(name: string, v: PyObject, allowNone: boolean): string | null {
  if (allowNone && v === None) return null;
  if (!isStr(v))
    throw typeError(`"${name}" must be string${allowNone ? " or None" : ""}, not ${typeName(v)}`);
  if (strLength(v) !== 1) throw typeError(`"${name}" must be a 1-character string`);
  return jsString(v);
}

function makeDialect(cls: PyType, args: PyObject[], kwnames: KwNames): PyObject {
  const nkw = kwnames ? kwnames.length : 0;
  const npos = args.length - nkw;
  if (npos > 1) throw typeError(`Dialect() takes at most 1 positional argument (${npos} given)`);
  const given = new Map<string, PyObject>();
  if (npos === 1) given.set("dialect", args[0]!);
  for (let k = 0; k < nkw; k++) {
    const n = kwnames![k]!;
    if (!DIALECT_PARAMS.includes(n))
      throw typeError(`'${n}' is an invalid keyword argument for this function`);
    given.set(n, args[npos + k]!);
  }
  let base = given.get("dialect");
  if (base !== undefined && isStr(base)) base = getDialect(base);
  if (
    base instanceof PyDialect &&
    base.type === dialectType &&
    cls === dialectType &&
    [...given.keys()].every((k) => k === "dialect")
  )
    return base;
  const param = (name: string): PyObject | undefined => {
    const v = given.get(name);
    if (v !== undefined) return v;
    if (base !== undefined && base !== None) return getAttrOpt(base, name);
    return undefined;
  };
  const d = adopt(new PyDialect(cls), cls);
  let v = param("delimiter");
  if (v !== undefined) d.delimiter = charParam("delimiter", v, false)!;
  v = param("doublequote");
  if (v !== undefined) d.doublequote = isTrue(v);
  v = param("escapechar");
  if (v !== undefined) d.escapechar = charParam("escapechar", v, true);
  v = param("lineterminator");
  // None leaves no terminator at all, an error only reported after the other checks; an
  // empty string is a valid terminator.
  const noTerminator = v === None;
  if (v !== undefined && !noTerminator) {
    if (!isStr(v)) throw typeError('"lineterminator" must be a string');
    d.lineterminator = jsString(v);
  }
  v = param("quotechar");
  if (v !== undefined) d.quotechar = charParam("quotechar", v, true);
  const quoting = param("quoting");
  if (quoting !== undefined) {
    const q = intValue(quoting);
    if (q === undefined) throw typeError('"quoting" must be an integer');
    if (typeof q !== "number" || q < 0 || q > 3) throw typeError('bad "quoting" value');
    d.quoting = q;
  }
  v = param("skipinitialspace");
  if (v !== undefined) d.skipinitialspace = isTrue(v);
  v = param("strict");
  if (v !== undefined) d.strict = isTrue(v);
  if (d.quotechar === null && quoting === undefined) d.quoting = QUOTE_NONE;
  if (d.quoting !== QUOTE_NONE && d.quotechar === null)
    throw typeError("quotechar must be set if quoting enabled");
  if (noTerminator) throw typeError("lineterminator must be set");
  return d;
}

defineNew(dialectType, makeDialect);

function asDialect(o: PyObject): PyDialect {
  if (o instanceof PyDialect) return o;
  throw typeError(`descriptor requires a '_csv.Dialect' object but received a '${typeName(o)}'`);
}
const optChar = (c: string | null): PyObject => (c === null ? None : strFromJS(c));
defineGetSets(dialectType, {
  delimiter: [(s) => strFromJS(asDialect(s).delimiter)],
  doublequote: [(s) => asDialect(s).doublequote],
  escapechar: [(s) => optChar(asDialect(s).escapechar)],
  lineterminator: [(s) => strFromJS(asDialect(s).lineterminator)],
  quotechar: [(s) => optChar(asDialect(s).quotechar)],
  quoting: [(s) => asDialect(s).quoting],
  skipinitialspace: [(s) => asDialect(s).skipinitialspace],
  strict: [(s) => asDialect(s).strict],
});

function getDialect(name: PyObject): PyObject {
  const d = dialects.get(name);
  if (d === undefined) error("unknown dialect");
  return d;
}

/** The dialect of reader(...)/writer(...): the arguments after the first. */
function dialectFrom(args: PyObject[], kwnames: KwNames): PyDialect {
  return makeDialect(dialectType, args, kwnames) as PyDialect;
}

// ---- reader ----

const readerType = moduleIterType("_csv", "reader", false);

const enum S {
  StartRecord,
  StartField,
  EscapedChar,
  InField,
  InQuotedField,
  EscapeInQuotedField,
  QuoteInQuotedField,
  EatCrnl,
  AfterEscapedCrnl,
}

const EOL = "";

class PyReader implements PyObjectBase {
  type = readerType;
  dict: AttributeDict | null = null;
  fields: PyObject[] = [];
  field: string[] = [];
  fieldLen = 0;
  state = S.StartRecord;
  numeric = false;
  lineNum = 0;
  constructor(
    public input: PyObject,
    public d: PyDialect,
  ) {}

  saveField(): void {
    const text = this.field.join("");
    let v: PyObject = strFromJS(text);
    if (this.numeric) {
      this.numeric = false;
      v = call(floatType, [v], null);
    }
    this.fields.push(v);
    this.field = [];
    this.fieldLen = 0;
  }

  addChar(c: string): void {
    if (this.fieldLen >= fieldLimit) error(`field larger than field limit (${fieldLimit})`);
    this.field.push(c);
    this.fieldLen++;
  }

  process(c: string): void {
    const d = this.d;
    const isNl = c === "\n" || c === "\r";
    switch (this.state) {
      case S.StartRecord:
        if (c === EOL) return;
        if (isNl) {
          this.state = S.EatCrnl;
          return;
        }
        this.state = S.StartField;
        this.startField(c, isNl);
        return;
      case S.StartField:
        this.startField(c, isNl);
        return;
      case S.EscapedChar:
        if (isNl) {
          this.addChar(c);
          this.state = S.AfterEscapedCrnl;
          return;
        }
        this.addChar(c === EOL ? "\n" : c);
        this.state = S.InField;
        return;
      case S.AfterEscapedCrnl:
        if (c === EOL) return;
        this.state = S.InField;
        this.inField(c, isNl);
        return;
      case S.InField:
        this.inField(c, isNl);
        return;
      case S.InQuotedField:
        if (c === EOL) return;
        if (c === d.escapechar) this.state = S.EscapeInQuotedField;
        else if (c === d.quotechar && d.quoting !== QUOTE_NONE)
          this.state = d.doublequote ? S.QuoteInQuotedField : S.InField;
        else this.addChar(c);
        return;
      case S.EscapeInQuotedField:
        this.addChar(c === EOL ? "\n" : c);
        this.state = S.InQuotedField;
        return;
      case S.QuoteInQuotedField:
        if (d.quoting !== QUOTE_NONE && c === d.quotechar) {
          this.addChar(c);
          this.state = S.InQuotedField;
        } else if (c === d.delimiter) {
          this.saveField();
          this.state = S.StartField;
        } else if (isNl || c === EOL) {
          this.saveField();
          this.state = c === EOL ? S.StartRecord : S.EatCrnl;
        } else if (!d.strict) {
          this.addChar(c);
          this.state = S.InField;
        } else {
          error(`'${d.delimiter}' expected after '${d.quotechar}'`);
        }
        return;
      case S.EatCrnl:
        if (isNl) return;
        if (c === EOL) {
          this.state = S.StartRecord;
          return;
        }
        error(
          "new-line character seen in unquoted field - do you need to open the file in universal-newline mode?",
        );
    }
  }

  startField(c: string, isNl: boolean): void {
    const d = this.d;
    if (isNl || c === EOL) {
      this.saveField();
      this.state = c === EOL ? S.StartRecord : S.EatCrnl;
    } else if (c === d.quotechar && d.quoting !== QUOTE_NONE) {
      this.state = S.InQuotedField;
    } else if (c === d.escapechar) {
      this.state = S.EscapedChar;
    } else if (c === " " && d.skipinitialspace) {
      // ignore spaces at the start of a field
    } else if (c === d.delimiter) {
      this.saveField();
    } else {
      if (d.quoting === QUOTE_NONNUMERIC) this.numeric = true;
      this.addChar(c);
      this.state = S.InField;
    }
  }

  inField(c: string, isNl: boolean): void {
    const d = this.d;
    if (isNl || c === EOL) {
      this.saveField();
      this.state = c === EOL ? S.StartRecord : S.EatCrnl;
    } else if (c === d.escapechar) {
      this.state = S.EscapedChar;
    } else if (c === d.delimiter) {
      this.saveField();
      this.state = S.StartField;
    } else this.addChar(c);
  }

  nextValue(): PyObject | undefined {
    this.fields = [];
    this.field = [];
    this.fieldLen = 0;
    this.state = S.StartRecord;
    this.numeric = false;
    do {
      const line = iterNext(this.input);
      if (line === undefined) {
        if (this.fieldLen !== 0 || (this.state as S) === S.InQuotedField) {
          if (this.d.strict) error("unexpected end of data");
          this.saveField();
          break;
        }
        return undefined;
      }
      if (!isStr(line))
        error(
          `iterator should return strings, not ${typeName(line)} (the file should be opened in text mode)`,
        );
      this.lineNum++;
      for (const c of jsString(line)) this.process(c);
      this.process(EOL);
    } while (this.state !== S.StartRecord);
    const fields = this.fields;
    this.fields = [];
    return new PyList(fields);
  }
}

defineGetSets(readerType, {
  dialect: [(s) => (s as PyReader).d],
  line_num: [(s) => (s as PyReader).lineNum],
});

// ---- writer ----

const writerType = moduleType("_csv", "writer", undefined, false);

class PyWriter implements PyObjectBase {
  type = writerType;
  dict: AttributeDict | null = null;
  constructor(
    public write: PyObject,
    public d: PyDialect,
  ) {}

  joinField(out: string[], first: boolean, field: string, quotedIn: boolean): void {
    const d = this.d;
    let quoted = quotedIn;
    const parts: string[] = [];
    for (const c of field) {
      let wantEscape = false;
      if (c === d.delimiter || c === d.escapechar || c === d.quotechar || d.lineterminator.includes(c)) {
        if (d.quoting === QUOTE_NONE) wantEscape = true;
        else {
          if (c === d.quotechar) {
            if (d.doublequote) parts.push(d.quotechar);
            else wantEscape = true;
          } else if (c === d.escapechar) wantEscape = true;
          if (!wantEscape) quoted = true;
        }
        if (wantEscape) {
          if (d.escapechar === null) error("need to escape, but no escapechar set");
          parts.push(d.escapechar);
        }
      }
      parts.push(c);
    }
    if (!first) out.push(d.delimiter);
    if (quoted) out.push(d.quotechar!, ...parts, d.quotechar!);
    else out.push(...parts);
  }

  writerow(row: PyObject): PyObject {
    const d = this.d;
    let it: PyObject;
    try {
      it = getIter(row);
    } catch (e) {
      if (typeOf(row).lookup("__iter__") === undefined && typeOf(row).lookup("__getitem__") === undefined)
        error(`iterable expected, not ${typeName(row)}`);
      throw e;
    }
    const out: string[] = [];
    let count = 0;
    let lastEmpty = false;
    for (let f = iterNext(it); f !== undefined; f = iterNext(it)) {
      count++;
      let quoted: boolean;
      if (d.quoting === QUOTE_NONNUMERIC) quoted = !isNumber(f);
      else quoted = d.quoting === QUOTE_ALL;
      const text = f === None ? "" : isStr(f) ? jsString(f) : jsString(str(f));
      this.joinField(out, count === 1, text, quoted);
      lastEmpty = text === "" && !quoted;
    }
    if (count === 1 && lastEmpty) {
      if (d.quoting === QUOTE_NONE) error("single empty field record must be quoted");
      out.push(d.quotechar!, d.quotechar!);
    }
    out.push(d.lineterminator);
    return call(this.write, [strFromJS(out.join(""))], null);
  }
}

function isNumber(o: PyObject): boolean {
  if (typeof o === "number" || typeof o === "bigint" || typeof o === "boolean") return true;
  const t = typeOf(o);
  return (
    t.lookup("__index__") !== undefined ||
    t.lookup("__float__") !== undefined ||
    t.lookup("__int__") !== undefined
  );
}

defineMethods(writerType, {
  writerow(self, args) {
    if (args.length !== 1) throw typeError(`writerow() takes exactly one argument (${args.length} given)`);
    return (self as PyWriter).writerow(args[0]!);
  },
  writerows(self, args) {
    if (args.length !== 1) throw typeError(`writerows() takes exactly one argument (${args.length} given)`);
    const it = getIter(args[0]!);
    for (let r = iterNext(it); r !== undefined; r = iterNext(it)) (self as PyWriter).writerow(r);
    return None;
  },
});
defineGetSets(writerType, { dialect: [(s) => (s as PyWriter).d] });

// ---- module ----

function fn(name: string, impl: (args: PyObject[], kwnames: KwNames) => PyObject): PyObject {
  return builtinFunction(name, impl, "_csv");
}

function csvModule(): Record<string, PyObject> {
  return {
    Error: csvError(),
    Dialect: dialectType,
    Reader: readerType,
    Writer: writerType,
    QUOTE_MINIMAL,
    QUOTE_ALL,
    QUOTE_NONNUMERIC,
    QUOTE_NONE,
    _dialects: dialects,
    __version__: strFromJS("1.0"),
    reader: fn("reader", (args, kwnames) => {
      const npos = args.length - (kwnames ? kwnames.length : 0);
      if (npos < 1) throw typeError("expected at least 1 argument, got 0");
      const input = getIter(args[0]!);
      return new PyReader(input, dialectFrom(args.slice(1), kwnames));
    }),
    writer: fn("writer", (args, kwnames) => {
      const npos = args.length - (kwnames ? kwnames.length : 0);
      if (npos < 1) throw typeError("expected at least 1 argument, got 0");
      const write = getAttrOpt(args[0]!, "write");
      if (write === undefined) throw typeError('argument 1 must have a "write" method');
      return new PyWriter(write, dialectFrom(args.slice(1), kwnames));
    }),
    register_dialect: fn("register_dialect", (args, kwnames) => {
      const npos = args.length - (kwnames ? kwnames.length : 0);
      if (npos < 1) throw typeError("register_dialect() expected at least 1 argument, got 0");
      if (npos > 2) throw typeError(`register_dialect() expected at most 2 arguments, got ${npos}`);
      const name = args[0]!;
      if (!isStr(name)) throw typeError("dialect name must be a string");
      dialects.set(name, makeDialect(dialectType, args.slice(1), kwnames));
      return None;
    }),
    unregister_dialect: fn("unregister_dialect", (args, kwnames) => {
      const [name] = clinicKwArgs("unregister_dialect", ["name"], args, kwnames, 1);
      if (!dialects.has(name!)) error("unknown dialect");
      dialects.delete(name!);
      return None;
    }),
    get_dialect: fn("get_dialect", (args, kwnames) => {
      const [name] = clinicKwArgs("get_dialect", ["name"], args, kwnames, 1);
      return getDialect(name!);
    }),
    list_dialects: fn("list_dialects", (args, kwnames) => {
      noArgs("_csv.list_dialects", args, kwnames);
      return new PyList(dialects.keysArray());
    }),
    field_size_limit: fn("field_size_limit", (args, kwnames) => {
      const [limit] = clinicKwArgs("field_size_limit", ["new_limit"], args, kwnames);
      const old = fieldLimit;
      if (limit !== undefined) {
        const v = intValue(limit);
        if (v === undefined) throw typeError("limit must be an integer");
        if (typeof v !== "number")
          throw newException(
            exceptionType("OverflowError"),
            strFromJS("Python int too large to convert to C long"),
          );
        fieldLimit = v;
      }
      return old;
    }),
  };
}

registerNativeModule("_csv", csvModule);
