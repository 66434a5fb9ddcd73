// The local time zone of the time module, resolved from TZ as glibc's tzset does: unset →
// the system's /etc/localtime; empty → UTC; ":name", "name" or "/path" → a compiled zone
// file (TZif) under /usr/share/zoneinfo; anything else → a POSIX rule string such as
// "EST5EDT,M3.2.0,M11.1.0". JavaScript's Date cannot stand in for this: it knows only the
// zone the process started with (a worker thread never sees a changed TZ) and no POSIX
// rules, and Intl's abbreviations are not the zone files' ("GMT+9" for "JST").

/** The rule in force at one instant: seconds east of UTC, whether it is summer time, and
 * the abbreviation (tm_zone). */
export interface ZoneInfo {
  offset: number;
  isDst: boolean;
  abbr: string;
}

export interface LocalZone {
  /** The rule at `t`, seconds since the epoch (UTC). */
  at(t: number): ZoneInfo;
}

export const UTC_ZONE: LocalZone = { at: () => ({ offset: 0, isDst: false, abbr: "UTC" }) };

const DAY = 86400;

/** A fixed zone that glibc falls back to when TZ cannot be parsed: offset 0 under the name
 * it could read ("garbage" → "garbage"; a name shorter than 3 letters → ""). */
function fallbackZone(name: string): LocalZone {
  const info = { offset: 0, isDst: false, abbr: name };
  return { at: () => info };
}

// ---- POSIX rule strings (std offset [dst [offset] [,start[/time],end[/time]]]) ----

interface Transition {
  /** "J" (day 1..365, Feb 29 never counted), "D" (day 0..365) or "M" (month.week.day). */
  kind: "J" | "D" | "M";
  day: number;
  week: number;
  month: number;
  /** Seconds after local midnight (may be negative or past 24h). */
  time: number;
}

interface PosixRule {
  std: ZoneInfo;
  dst: ZoneInfo | null;
  start: Transition | null;
  end: Transition | null;
}

class RuleReader {
  pos = 0;
  constructor(readonly text: string) {}

  name(): string | null {
    const s = this.text;
    if (s[this.pos] === "<") {
      const close = s.indexOf(">", this.pos);
      if (close < 0) return null;
      const name = s.slice(this.pos + 1, close);
      this.pos = close + 1;
      return name.length >= 3 ? name : null;
    }
    const m = /^[A-Za-z]+/.exec(s.slice(this.pos));
    if (m === null || m[0].length < 3) return null;
    this.pos += m[0].length;
    return m[0];
  }

  /** [+-]hh[:mm[:ss]], in seconds; `maxHours` 24 for offsets, 167 for transition times. */
  clock(maxHours: number): number | null {
    const m = /^([+-]?)(\d{1,3})(?::(\d{1,2})(?::(\d{1,2}))?)?/.exec(this.text.slice(this.pos));
    if (m === null) return null;
    const hours = Number(m[2]);
    const minutes = Number(m[3] ?? 0);
    const seconds = Number(m[4] ?? 0);
    if (hours > maxHours || minutes > 59 || seconds > 59) return null;
    this.pos += m[0].length;
    const value = hours * 3600 + minutes * 60 + seconds;
    return m[1] === "-" ? -value : value;
  }

  transition(): Transition | null {
    const rest = this.text.slice(this.pos);
    let t: Transition;
    let m: RegExpExecArray | null;
    if ((m = /^M(\d{1,2})\.(\d)\.(\d)/.exec(rest)) !== null) {
      t = { kind: "M", month: Number(m[1]), week: Number(m[2]), day: Number(m[3]), time: 7200 };
      if (t.month < 1 || t.month > 12 || t.week < 1 || t.week > 5 || t.day > 6) return null;
    } else if ((m = /^J(\d{1,3})/.exec(rest)) !== null) {
      t = { kind: "J", day: Number(m[1]), week: 0, month: 0, time: 7200 };
      if (t.day < 1 || t.day > 365) return null;
    } else if ((m = /^(\d{1,3})/.exec(rest)) !== null) {
      t = { kind: "D", day: Number(m[1]), week: 0, month: 0, time: 7200 };
      if (t.day > 365) return null;
    } else return null;
    this.pos += m[0].length;
    if (this.text[this.pos] === "/") {
      this.pos++;
      const time = this.clock(167);
      if (time === null) return null;
      t.time = time;
    }
    return t;
  }
}

/** Parses a POSIX TZ rule; null when glibc would not accept it. */
export function parsePosixRule(text: string): PosixRule | null {
  const r = new RuleReader(text);
  const stdName = r.name();
  if (stdName === null) return null;
  const stdWest = r.clock(24);
  if (stdWest === null) return null;
  const std = { offset: -stdWest, isDst: false, abbr: stdName };
  if (r.pos === text.length) return { std, dst: null, start: null, end: null };
  const dstName = r.name();
  if (dstName === null) return null;
  let dstOffset = std.offset + 3600;
  if (r.pos < text.length && text[r.pos] !== ",") {
    const dstWest = r.clock(24);
    if (dstWest === null) return null;
    dstOffset = -dstWest;
  }
  const dst = { offset: dstOffset, isDst: true, abbr: dstName };
  // Without a rule glibc uses its default (posixrules, in practice the United States').
  let rule = ",M3.2.0,M11.1.0";
  if (r.pos < text.length) rule = text.slice(r.pos);
  const rules = new RuleReader(rule);
  if (rule[0] !== ",") return null;
  rules.pos = 1;
  const start = rules.transition();
  if (start === null || rule[rules.pos] !== ",") return null;
  rules.pos++;
  const end = rules.transition();
  if (end === null || rules.pos !== rule.length) return null;
  return { std, dst, start, end };
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Seconds since the epoch of local midnight (as if UTC) of the transition day in `year`.
 * As glibc's, years up to 1970 count their days from January 1st, 1970: their summer time
 * falls where 1970's would, by their own calendar. */
function transitionDay(t: Transition, year: number): number {
  const jan1 = year > 1970 ? Date.UTC(year, 0, 1) / 1000 : 0;
  if (t.kind === "J") return jan1 + (t.day - 1 + (isLeap(year) && t.day >= 60 ? 1 : 0)) * DAY;
  if (t.kind === "D") return jan1 + t.day * DAY;
  const first = Date.UTC(year, t.month - 1, 1) / 1000;
  const firstWeekday = new Date(first * 1000).getUTCDay();
  let mday = 1 + ((t.day - firstWeekday + 7) % 7) + (t.week - 1) * 7;
  const monthDays = new Date(Date.UTC(year, t.month, 0)).getUTCDate();
  while (mday > monthDays) mday -= 7;
  return jan1 + (first - Date.UTC(year, 0, 1) / 1000) + (mday - 1) * DAY;
}

export function posixZone(rule: PosixRule): LocalZone {
  const { std, dst, start, end } = rule;
  if (dst === null || start === null || end === null) return { at: () => std };
  return {
    at(t: number): ZoneInfo {
      const year = new Date(t * 1000).getUTCFullYear();
      // The start is given in standard time, the end in summer time.
      const startUtc = transitionDay(start, year) + start.time - std.offset;
      const endUtc = transitionDay(end, year) + end.time - dst.offset;
      const summer = startUtc < endUtc ? t >= startUtc && t < endUtc : !(t >= endUtc && t < startUtc);
      return summer ? dst : std;
    },
  };
}

// ---- Compiled zone files (RFC 8536) ----

/** Reads a TZif file; null when it is not one. */
export function parseTzif(data: Uint8Array): LocalZone | null {
  if (data.length < 44 || String.fromCharCode(...data.subarray(0, 4)) !== "TZif") return null;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  type Counts = [number, number, number, number, number, number];
  const counts = (at: number) => [0, 1, 2, 3, 4, 5].map((i) => view.getUint32(at + 20 + 4 * i)) as Counts;
  let [isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt] = counts(0);
  let timeSize = 4;
  let base = 44;
  const version = data[4]!;
  if (version >= 0x32) {
    // Skip the 32-bit block for the 64-bit one that follows it.
    base += timecnt * 5 + typecnt * 6 + charcnt + leapcnt * 8 + isstdcnt + isutcnt;
    if (data.length < base + 44) return null;
    [isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt] = counts(base);
    base += 44;
    timeSize = 8;
  }
  if (typecnt === 0) return null;
  const times: number[] = [];
  for (let i = 0; i < timecnt; i++)
    times.push(timeSize === 8 ? Number(view.getBigInt64(base + 8 * i)) : view.getInt32(base + 4 * i));
  let at = base + timecnt * timeSize;
  const indices = Array.from(data.subarray(at, at + timecnt));
  at += timecnt;
  const charsAt = at + typecnt * 6;
  const types: ZoneInfo[] = [];
  for (let i = 0; i < typecnt; i++) {
    const abbrStart = charsAt + data[at + 6 * i + 5]!;
    let abbrEnd = abbrStart;
    while (abbrEnd < charsAt + charcnt && data[abbrEnd] !== 0) abbrEnd++;
    types.push({
      offset: view.getInt32(at + 6 * i),
      isDst: data[at + 6 * i + 4] !== 0,
      abbr: String.fromCharCode(...data.subarray(abbrStart, abbrEnd)),
    });
  }
  if (times.length !== indices.length || indices.some((k) => k >= types.length)) return null;
  let future: LocalZone | null = null;
  if (timeSize === 8) {
    const footerAt = charsAt + charcnt + leapcnt * 12 + isstdcnt + isutcnt;
    const footer = new TextDecoder().decode(data.subarray(footerAt)).split("\n")[1];
    const rule = footer ? parsePosixRule(footer) : null;
    if (rule !== null) future = posixZone(rule);
  }
  const first = types.find((t) => !t.isDst) ?? types[0]!;
  return {
    at(t: number): ZoneInfo {
      if (times.length === 0 || t < times[0]!) return times.length === 0 && future ? future.at(t) : first;
      if (t >= times[times.length - 1]! && future !== null) return future.at(t);
      let lo = 0;
      let hi = times.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (times[mid]! <= t) lo = mid;
        else hi = mid - 1;
      }
      return types[indices[lo]!]!;
    },
  };
}

// ---- Choosing the zone ----

const ZONEINFO = "/usr/share/zoneinfo";

/** The zone for the TZ value `tz` (undefined: unset). `readFile` returns null for a file
 * that cannot be read; `system` is the zone to use when TZ is unset and /etc/localtime
 * cannot be read (the host's own idea of local time). */
export function resolveZone(
  tz: string | undefined,
  readFile: (path: string) => Uint8Array | null,
  system: () => LocalZone,
): LocalZone {
  if (tz === undefined) {
    const data = readFile("/etc/localtime");
    return (data && parseTzif(data)) ?? system();
  }
  if (tz === "") return UTC_ZONE;
  const name = tz.startsWith(":") ? tz.slice(1) : tz;
  if (name !== "" && !name.split("/").includes("..")) {
    const data = readFile(name.startsWith("/") ? name : `${ZONEINFO}/${name}`);
    const zone = data && parseTzif(data);
    if (zone) return zone;
  }
  if (tz.startsWith(":")) return UTC_ZONE;
  const rule = parsePosixRule(tz);
  if (rule !== null) return posixZone(rule);
  const m = /^[A-Za-z]*/.exec(tz)![0];
  return fallbackZone(m.length >= 3 ? m : "");
}

/** mktime: the instant whose local time in `zone` is `local` (seconds, the fields read as
 * if UTC). `isdst` > 0 or 0 asks for the summer or standard reading, as glibc does even
 * when the zone is not in that state then (the offset of the nearest such period is used,
 * or an hour's shift in a zone without summer time);
 * -1 takes the summer reading of an ambiguous time and the standard one in a gap. */
export function localToUtc(zone: LocalZone, local: number, isdst: number): number {
  const near = [zone.at(local - DAY), zone.at(local), zone.at(local + DAY)];
  const solves = (z: ZoneInfo) => {
    const r = zone.at(local - z.offset);
    return r.offset === z.offset && r.isDst === z.isDst;
  };
  const solutions = near.filter(solves);
  if (isdst >= 0) {
    const want = isdst > 0;
    const exact = solutions.find((z) => z.isDst === want);
    if (exact) return local - exact.offset;
    const probe = nearestWithState(zone, local, want);
    if (probe) return local - probe.offset;
    // A zone that never changes: glibc takes summer time as an hour ahead.
    const only = solutions[0] ?? near[0]!;
    return local - only.offset - (want ? 3600 : -3600);
  }
  if (solutions.length > 0) return local - (solutions.find((z) => z.isDst) ?? solutions[0]!).offset;
  return local - (near.find((z) => !z.isDst) ?? near[0]!).offset;
}

/** The rule of the nearest instant (within about a year of `t`) whose summer-time state is
 * `isDst`. */
function nearestWithState(zone: LocalZone, t: number, isDst: boolean): ZoneInfo | null {
  for (let days = 1; days <= 400; days += 7) {
    for (const sign of [-1, 1]) {
      const z = zone.at(t + sign * days * DAY);
      if (z.isDst === isDst) return z;
    }
  }
  return null;
}
