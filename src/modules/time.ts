// The `time` module: clocks from the host, calendar conversions in the local zone that TZ
// names (time_zone.ts, resolved again by tzset as glibc's), and strftime with the C locale's
// names and glibc's directives.

import { None } from "../objects/bootstrap.js";
import { newException, exceptionType, overflowError, typeError, valueError } from "../objects/exceptions.js";
import { isFloat, newFloat } from "../objects/float.js";
import { builtinFunction, type KwNames } from "../objects/function.js";
import { typeName } from "../objects/names.js";
import { clinicArgs, noArgs, oneArg, tupleArgs } from "../objects/str_args.js";
import { toFloat, index, callMethod } from "../objects/abstract.js";
import { setAttr } from "../objects/attributes.js";
import type { PyObject } from "../objects/object.js";
import { isStr, jsString, strFromJS } from "../objects/str.js";
import { PyTuple } from "../objects/tuple.js";
import { findAndLoad } from "../vm/import.js";
import { vm } from "../vm/state.js";
import { checkInterrupt } from "../vm/ops.js";
import { hostOS, structSeqType } from "./_os_helpers.js";
import { newNamespace } from "../objects/namespace.js";
import { registerNativeModule } from "./registry.js";
import { C_DAYS, C_MONTHS } from "../support/locale_names.js";
import { localToUtc, resolveZone, UTC_ZONE, type LocalZone, type ZoneInfo } from "./time_zone.js";

const M = "time";
/** Names by Python's tm_wday (Monday 0) and month. */
const DAYS = [...C_DAYS.slice(1), C_DAYS[0]!];
const MONTHS = C_MONTHS;

export const structTime = structSeqType(
  M,
  "struct_time",
  ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"],
  ["tm_zone", "tm_gmtoff"],
);

/** The broken-down time, as C's struct tm (mon 1-12, wday Monday = 0, yday 1-366). */
interface Tm {
  year: number;
  mon: number;
  mday: number;
  hour: number;
  min: number;
  sec: number;
  wday: number;
  yday: number;
  isdst: number;
  zone: string;
  gmtoff: number;
}

function yday(year: number, mon: number, mday: number): number {
  return Math.round((Date.UTC(year, mon - 1, mday) - Date.UTC(year, 0, 1)) / 86400000) + 1;
}

function dateOf(secs: number): Date {
  const d = new Date(secs * 1000);
  if (Number.isNaN(d.getTime()))
    throw newException(exceptionType("OverflowError"), "timestamp out of range for platform time_t");
  return d;
}

function gmtimeTm(secs: number): Tm {
  const d = dateOf(secs);
  const year = d.getUTCFullYear();
  const mon = d.getUTCMonth() + 1;
  const mday = d.getUTCDate();
  return {
    year,
    mon,
    mday,
    hour: d.getUTCHours(),
    min: d.getUTCMinutes(),
    sec: d.getUTCSeconds(),
    wday: (d.getUTCDay() + 6) % 7,
    yday: yday(year, mon, mday),
    isdst: 0,
    zone: "UTC",
    gmtoff: 0,
  };
}

/** Zone abbreviations of the host's zone by UTC offset and year: Intl's formatter costs tens
 * of milliseconds to create (the first one loads ICU's zone data). */
const zoneNames = new Map<string, string>();

function zoneName(d: Date): string {
  const offset = d.getTimezoneOffset();
  // A zero offset is reported as UTC whatever Intl calls it (below).
  if (offset === 0) return "UTC";
  const key = `${offset}|${d.getFullYear()}`;
  let name = zoneNames.get(key);
  if (name === undefined) {
    name = intlZoneName(d);
    zoneNames.set(key, name);
  }
  return name;
}

function intlZoneName(d: Date): string {
  try {
    const parts = new Intl.DateTimeFormat("en-US", { timeZoneName: "short" }).formatToParts(d);
    return parts.find((p) => p.type === "timeZoneName")?.value ?? "UTC";
  } catch {
    return "UTC";
  }
}

/** Local time as JavaScript's Date sees it: for a host without zone files. */
const hostZone: LocalZone = {
  at(t: number): ZoneInfo {
    const d = new Date(t * 1000);
    const offset = -d.getTimezoneOffset() * 60;
    const year = d.getFullYear();
    const std =
      -Math.max(new Date(year, 0, 1).getTimezoneOffset(), new Date(year, 6, 1).getTimezoneOffset()) * 60;
    return { offset, isDst: offset > std, abbr: zoneName(d) };
  },
};

function readFileOrNull(path: string): Uint8Array | null {
  try {
    return vm.host.readFile(path);
  } catch {
    return null;
  }
}

function currentTz(): string | undefined {
  const os = vm.host.os;
  return os !== undefined ? os.getenv("TZ") : vm.host.env()["TZ"];
}

/** The zone of the last tzset (the module's import runs one). */
let zone: LocalZone = UTC_ZONE;

function tzset(): void {
  zone = resolveZone(currentTz(), readFileOrNull, () => hostZone);
}

function localtimeTm(secs: number): Tm {
  dateOf(secs);
  const info = zone.at(secs);
  const tm = gmtimeTm(secs + info.offset);
  tm.isdst = info.isDst ? 1 : 0;
  tm.zone = info.abbr;
  tm.gmtoff = info.offset;
  return tm;
}

function tmTuple(tm: Tm): PyTuple {
  return structTime.make([
    tm.year,
    tm.mon,
    tm.mday,
    tm.hour,
    tm.min,
    tm.sec,
    tm.wday,
    tm.yday,
    tm.isdst,
    strFromJS(tm.zone),
    tm.gmtoff,
  ]);
}

/** A time_t argument (CPython's _PyTime_ObjectToTime_t, rounding floats down): a float,
 * or an integer through __index__; None or absent means now. */
function secondsArg(v: PyObject | undefined): number {
  if (v === undefined || v === None) return Math.floor(vm.host.wallTime());
  if (isFloat(v)) {
    const x = toFloat(v);
    if (Number.isNaN(x)) throw valueError("Invalid value NaN (not a number)");
    const f = Math.floor(x);
    if (!(f >= -TIME_T_LIMIT && f < TIME_T_LIMIT))
      throw overflowError("timestamp out of range for platform time_t");
    return f;
  }
  const i = index(v);
  if (typeof i === "bigint" && (i >= 2n ** 63n || i < -(2n ** 63n)))
    throw overflowError("timestamp out of range for platform time_t");
  return Number(i);
}

const TIME_T_LIMIT = 2 ** 63;

/** sleep()'s duration in seconds, checked as CPython's _PyTime_FromSecondsObject (the
 * nanoseconds must fit a 64-bit integer). */
function sleepSeconds(v: PyObject): number {
  if (isFloat(v)) {
    const x = toFloat(v);
    if (Number.isNaN(x)) throw valueError("Invalid value NaN (not a number)");
    if (!(Math.abs(x * 1e9) < TIME_T_LIMIT))
      throw overflowError("timestamp out of range for platform time_t");
    return x;
  }
  const i = BigInt(index(v));
  const ns = i * 1_000_000_000n;
  if (ns >= 2n ** 63n || ns < -(2n ** 63n))
    throw overflowError("timestamp too large to convert to C _PyTime_t");
  return Number(i);
}

/** A `U` or `s` argument of PyArg_ParseTuple: "strftime() argument 1 must be str, not None". */
function strParseArg(v: PyObject, func: string, pos: number, nulFree: boolean): string {
  if (!isStr(v))
    throw typeError(`${func}() argument ${pos} must be str, not ${v === None ? "None" : typeName(v)}`);
  const t = jsString(v);
  if (nulFree && t.includes("\0")) throw valueError("embedded null character");
  return t;
}

/** A function with one of CPython's C calling conventions, which word their argument-count
 * errors differently: METH_NOARGS and METH_O name the function with its module,
 * PyArg_ParseTuple and PyArg_UnpackTuple do not. */
function cfunc(
  name: string,
  conv: "noargs" | "o" | "parse" | "unpack",
  min: number,
  max: number,
  impl: (...args: PyObject[]) => PyObject,
): [string, PyObject] {
  const qualname = `${M}.${name}`;
  const check: (args: PyObject[], kwnames: KwNames) => void =
    conv === "noargs"
      ? (args, kwnames) => noArgs(qualname, args, kwnames)
      : conv === "o"
        ? (args, kwnames) => void oneArg(qualname, args, kwnames)
        : conv === "parse"
          ? (args, kwnames) => tupleArgs(name, name, args, kwnames, min, max)
          : (args, kwnames) => clinicArgs(name, name, args, kwnames, min, max);
  return [
    name,
    builtinFunction(
      name,
      (args, kwnames) => {
        check(args, kwnames);
        return impl(...args);
      },
      M,
    ),
  ];
}

/** A struct_time or 9-tuple argument, checked as CPython's gettmarg/checktm. */
function tmArg(v: PyObject, func: string): Tm {
  if (!(v instanceof PyTuple)) throw typeError(`Tuple or struct_time argument required`);
  const items = v.items;
  if (items.length !== 9) throw typeError(`${func}(): illegal time tuple argument`);
  // Each field is a C int (gettmarg's "i" format), and the year less 1900 must be one too.
  const n = items.map((x) => {
    const value = Number(index(x));
    if (value > 2147483647) throw overflowError("signed integer is greater than maximum");
    if (value < -2147483648) throw overflowError("signed integer is less than minimum");
    return value;
  });
  if (n[0]! < -2147483648 + 1900) throw overflowError("year out of range");
  const hidden = (v as PyTuple & { hidden?: PyObject[] }).hidden;
  const zone = hidden?.[0];
  const gmtoff = hidden?.[1];
  return {
    year: n[0]!,
    mon: n[1]!,
    mday: n[2]!,
    hour: n[3]!,
    min: n[4]!,
    sec: n[5]!,
    wday: n[6]!,
    yday: n[7]!,
    isdst: n[8]!,
    zone: zone !== undefined && isStr(zone) ? jsString(zone) : "",
    gmtoff: typeof gmtoff === "number" ? gmtoff : 0,
  };
}

function checkTm(tm: Tm, func: string): void {
  if (tm.mon === 0) tm.mon = 1;
  else if (tm.mon < 0 || tm.mon > 12) throw valueError("month out of range");
  if (tm.mday === 0) tm.mday = 1;
  else if (tm.mday < 0 || tm.mday > 31) throw valueError("day of month out of range");
  if (tm.hour < 0 || tm.hour > 23) throw valueError("hour out of range");
  if (tm.min < 0 || tm.min > 59) throw valueError("minute out of range");
  if (tm.sec < 0 || tm.sec > 61) throw valueError("seconds out of range");
  // gettmarg turns Monday-first into C's Sunday-first with C's remainder, which keeps the
  // sign: -1 becomes Sunday, anything lower is refused.
  const sundayFirst = (tm.wday + 1) % 7;
  if (sundayFirst < 0) throw valueError("day of week out of range");
  tm.wday = (sundayFirst + 6) % 7;
  if (tm.yday === 0) tm.yday = 1;
  else if (tm.yday < 0 || tm.yday > 366) throw valueError("day of year out of range");
  if (tm.isdst < -1) tm.isdst = -1;
  else if (tm.isdst > 1) tm.isdst = 1;
  void func;
}

const pad = (n: number, width: number, fill = "0") => {
  const s = String(Math.abs(n));
  return (n < 0 ? "-" : "") + s.padStart(width, fill);
};

/** ISO 8601 week-based year and week number. */
function isoWeek(tm: Tm): [number, number] {
  const wdayMon1 = tm.wday + 1; // 1..7, Monday = 1
  const thursdayYday = tm.yday - wdayMon1 + 4;
  const daysInYear = (y: number) => (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 366 : 365);
  if (thursdayYday < 1) {
    const prev = tm.year - 1;
    return [prev, Math.floor((thursdayYday + daysInYear(prev) - 1) / 7) + 1];
  }
  if (thursdayYday > daysInYear(tm.year)) return [tm.year + 1, 1];
  return [tm.year, Math.floor((thursdayYday - 1) / 7) + 1];
}

export function strftime(format: string, tm: Tm): string {
  let out = "";
  for (let i = 0; i < format.length; i++) {
    const c = format[i]!;
    if (c !== "%" || i + 1 >= format.length) {
      out += c;
      continue;
    }
    const d = format[++i]!;
    const sundayWday = (tm.wday + 1) % 7;
    switch (d) {
      case "a":
        out += DAYS[tm.wday]!.slice(0, 3);
        break;
      case "A":
        out += DAYS[tm.wday]!;
        break;
      case "b":
      case "h":
        out += MONTHS[tm.mon - 1]!.slice(0, 3);
        break;
      case "B":
        out += MONTHS[tm.mon - 1]!;
        break;
      case "c":
        out += strftime("%a %b %e %H:%M:%S %Y", tm);
        break;
      case "C":
        out += pad(Math.floor(tm.year / 100), 2);
        break;
      case "d":
        out += pad(tm.mday, 2);
        break;
      case "D":
      case "x":
        out += strftime("%m/%d/%y", tm);
        break;
      case "e":
        out += pad(tm.mday, 2, " ");
        break;
      case "F":
        out += strftime("%Y-%m-%d", tm);
        break;
      case "G":
        out += String(isoWeek(tm)[0]);
        break;
      case "g":
        out += pad(isoWeek(tm)[0] % 100, 2);
        break;
      case "H":
        out += pad(tm.hour, 2);
        break;
      case "I":
        out += pad(tm.hour % 12 === 0 ? 12 : tm.hour % 12, 2);
        break;
      case "j":
        out += pad(tm.yday, 3);
        break;
      case "k":
        out += pad(tm.hour, 2, " ");
        break;
      case "l":
        out += pad(tm.hour % 12 === 0 ? 12 : tm.hour % 12, 2, " ");
        break;
      case "m":
        out += pad(tm.mon, 2);
        break;
      case "M":
        out += pad(tm.min, 2);
        break;
      case "n":
        out += "\n";
        break;
      case "p":
        out += tm.hour < 12 ? "AM" : "PM";
        break;
      case "P":
        out += tm.hour < 12 ? "am" : "pm";
        break;
      case "r":
        out += strftime("%I:%M:%S %p", tm);
        break;
      case "R":
        out += strftime("%H:%M", tm);
        break;
      case "s":
        out += String(
          Math.floor(Date.UTC(tm.year, tm.mon - 1, tm.mday, tm.hour, tm.min, tm.sec) / 1000 - tm.gmtoff),
        );
        break;
      case "S":
        out += pad(tm.sec, 2);
        break;
      case "t":
        out += "\t";
        break;
      case "T":
      case "X":
        out += strftime("%H:%M:%S", tm);
        break;
      case "u":
        out += String(tm.wday + 1);
        break;
      case "U":
        out += pad(Math.floor((tm.yday - 1 + 7 - sundayWday) / 7), 2);
        break;
      case "V":
        out += pad(isoWeek(tm)[1], 2);
        break;
      case "w":
        out += String(sundayWday);
        break;
      case "W":
        out += pad(Math.floor((tm.yday - 1 + 7 - tm.wday) / 7), 2);
        break;
      case "y":
        out += pad(((tm.year % 100) + 100) % 100, 2);
        break;
      case "Y":
        out += String(tm.year);
        break;
      case "z": {
        const off = Math.abs(tm.gmtoff) / 60;
        out += (tm.gmtoff < 0 ? "-" : "+") + pad(Math.floor(off / 60), 2) + pad(off % 60, 2);
        break;
      }
      case "Z":
        out += tm.zone;
        break;
      case "%":
        out += "%";
        break;
      default:
        out += "%" + d;
    }
  }
  return out;
}

function asctime(tm: Tm): string {
  return `${DAYS[tm.wday]!.slice(0, 3)} ${MONTHS[tm.mon - 1]!.slice(0, 3)} ${pad(tm.mday, 2, " ")} ${pad(tm.hour, 2)}:${pad(tm.min, 2)}:${pad(tm.sec, 2)} ${tm.year}`;
}

function mktime(tm: Tm): number {
  const d = new Date(Date.UTC(tm.year, tm.mon - 1, tm.mday, tm.hour, tm.min, tm.sec));
  if (tm.year >= 0 && tm.year < 100) d.setUTCFullYear(tm.year);
  const local = d.getTime() / 1000;
  if (Number.isNaN(local)) throw newException(exceptionType("OverflowError"), "mktime argument out of range");
  const t = localToUtc(zone, local, tm.isdst);
  if (Number.isNaN(new Date(t * 1000).getTime()))
    throw newException(exceptionType("OverflowError"), "mktime argument out of range");
  return t;
}

const nsOf = (seconds: number): bigint => BigInt(Math.round(seconds * 1e9));

function clockInfo(
  implementation: string,
  monotonic: boolean,
  adjustable: boolean,
  resolution: number,
): PyObject {
  return newNamespace({ implementation, monotonic, adjustable, resolution: newFloat(resolution) });
}

/** timezone, altzone, daylight and tzname as CPython computes them on glibc: from the
 * local time of (about) January 1st and half a year later, the names cut to 9 characters. */
function timezoneFacts(now: number): Record<string, PyObject> {
  const YEAR = (365 * 24 + 6) * 3600;
  const janFirst = Math.trunc(now / YEAR) * YEAR;
  const jan = zone.at(janFirst);
  const jul = zone.at(janFirst + YEAR / 2);
  const [std, dst] = jan.offset > jul.offset ? [jul, jan] : [jan, jul];
  return {
    timezone: -std.offset,
    altzone: -dst.offset,
    daylight: jan.offset !== jul.offset ? 1 : 0,
    tzname: new PyTuple([strFromJS(std.abbr.slice(0, 9)), strFromJS(dst.abbr.slice(0, 9))]),
  };
}

registerNativeModule("time", () => {
  const host = vm.host;
  const process0 = () => {
    const t = host.os?.cpuTimes();
    return t === undefined ? host.monotonic() : t.user + t.system;
  };
  return {
    ...Object.fromEntries([
      cfunc("time", "noargs", 0, 0, () => newFloat(host.wallTime())),
      cfunc("time_ns", "noargs", 0, 0, () => nsOf(host.wallTime())),
      cfunc("monotonic", "noargs", 0, 0, () => newFloat(host.monotonic())),
      cfunc("monotonic_ns", "noargs", 0, 0, () => nsOf(host.monotonic())),
      cfunc("perf_counter", "noargs", 0, 0, () => newFloat(host.monotonic())),
      cfunc("perf_counter_ns", "noargs", 0, 0, () => nsOf(host.monotonic())),
      cfunc("process_time", "noargs", 0, 0, () => newFloat(process0())),
      cfunc("process_time_ns", "noargs", 0, 0, () => nsOf(process0())),
      cfunc("thread_time", "noargs", 0, 0, () => newFloat(process0())),
      cfunc("thread_time_ns", "noargs", 0, 0, () => nsOf(process0())),
      cfunc("sleep", "o", 1, 1, (s) => {
        const x = sleepSeconds(s!);
        if (x < 0) throw valueError("sleep length must be non-negative");
        hostOS().sleep(x, checkInterrupt);
        return None;
      }),
      cfunc("gmtime", "parse", 0, 1, (s) => tmTuple(gmtimeTm(secondsArg(s)))),
      cfunc("localtime", "parse", 0, 1, (s) => tmTuple(localtimeTm(secondsArg(s)))),
      cfunc("mktime", "o", 1, 1, (t) => {
        const tm = tmArg(t!, "mktime");
        return newFloat(mktime(tm));
      }),
      cfunc("asctime", "unpack", 0, 1, (t) => {
        const tm = t === undefined ? localtimeTm(Math.floor(host.wallTime())) : tmArg(t, "asctime");
        if (t !== undefined) checkTm(tm, "asctime");
        return strFromJS(asctime(tm));
      }),
      cfunc("ctime", "parse", 0, 1, (s) => strFromJS(asctime(localtimeTm(secondsArg(s))))),
      cfunc("strftime", "parse", 1, 2, (f, t) => {
        const format = strParseArg(f!, "strftime", 1, false);
        let tm: Tm;
        if (t === undefined) tm = localtimeTm(Math.floor(host.wallTime()));
        else {
          tm = tmArg(t, "strftime");
          checkTm(tm, "strftime");
          if (tm.zone === "" && !(t as PyTuple & { hidden?: PyObject[] }).hidden) {
            const local = localtimeTm(Math.floor(host.wallTime()));
            tm.zone = local.zone;
            tm.gmtoff = local.gmtoff;
          }
        }
        // The format goes to C as a NUL-terminated string.
        if (format.includes("\0")) throw valueError("embedded null character");
        return strFromJS(strftime(format, tm));
      }),
      // METH_VARARGS passing its arguments on: _strptime_time checks their number.
      cfunc("strptime", "parse", 0, Infinity, (...args) => {
        const mod = findAndLoad("_strptime");
        return callMethod(mod, "_strptime_time", args);
      }),
      cfunc("get_clock_info", "parse", 1, 1, (n) => {
        const name = strParseArg(n!, "get_clock_info", 1, true);
        if (name === "time") return clockInfo("clock_gettime(CLOCK_REALTIME)", false, true, 1e-9);
        if (name === "monotonic" || name === "perf_counter")
          return clockInfo("clock_gettime(CLOCK_MONOTONIC)", true, false, 1e-9);
        if (name === "process_time" || name === "thread_time")
          return clockInfo("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false, 1e-9);
        throw valueError("unknown clock");
      }),
      cfunc("tzset", "noargs", 0, 0, () => {
        tzset();
        const module = findAndLoad("time");
        for (const [name, value] of Object.entries(timezoneFacts(host.wallTime())))
          setAttr(module, name, value);
        return None;
      }),
    ]),
    ...(tzset(), timezoneFacts(host.wallTime())),
    struct_time: structTime.type,
    CLOCK_REALTIME: 0,
    CLOCK_MONOTONIC: 1,
    CLOCK_PROCESS_CPUTIME_ID: 2,
    CLOCK_THREAD_CPUTIME_ID: 3,
    CLOCK_MONOTONIC_RAW: 4,
    CLOCK_BOOTTIME: 7,
    _STRUCT_TM_ITEMS: 11,
  };
});
