// Decimal to text: the specification's to-sci-string and to-eng-string, and `__format__`
// with the full format-spec mini-language as Decimal reads it (types e E f F g G n %, none;
// fill, alignment, sign, 'z', '#', zero padding, ',' and '_' grouping). Rounding for a
// precision uses the context's rounding mode.

import { type Ctx, Dec, Kind, finalize } from "./number.js";
import { rescale } from "./arith.js";

function specialText(d: Dec): string {
  if (d.kind === Kind.Inf) return "Infinity";
  const payload = d.coeff === 0n ? "" : d.coeff.toString();
  return (d.kind === Kind.SNaN ? "sNaN" : "NaN") + payload;
}

function mod3(n: number): number {
  return ((n % 3) + 3) % 3;
}

export function toSci(d: Dec, capitals = true, eng = false): string {
  const sign = d.sign ? "-" : "";
  if (d.isSpecial) return sign + specialText(d);
  const s = d.coeff.toString();
  const leftDigits = d.exp + s.length;
  // Where the decimal point goes, counted in digits from the left of the coefficient.
  let dot: number;
  if (d.exp <= 0 && leftDigits > -6) dot = leftDigits;
  else if (!eng) dot = 1;
  else if (d.coeff === 0n) dot = mod3(leftDigits + 1) - 1;
  else dot = mod3(leftDigits - 1) + 1;
  let intPart: string, frac: string;
  if (dot <= 0) {
    intPart = "0";
    frac = "." + "0".repeat(-dot) + s;
  } else if (dot >= s.length) {
    intPart = s + "0".repeat(dot - s.length);
    frac = "";
  } else {
    intPart = s.slice(0, dot);
    frac = "." + s.slice(dot);
  }
  const e = leftDigits - dot;
  const expText = leftDigits === dot ? "" : `${capitals ? "E" : "e"}${e >= 0 ? "+" : "-"}${Math.abs(e)}`;
  return sign + intPart + frac + expText;
}

interface Spec {
  fill: string;
  align: string;
  sign: string;
  noNegZero: boolean;
  alt: boolean;
  zeropad: boolean;
  width: number;
  sep: string;
  precision: number | null;
  type: string;
}

const SPEC_RE = /^(?:([\s\S])?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([eEfFgGn%])?$/u;

export function parseSpec(text: string): Spec | null {
  const m = SPEC_RE.exec(text);
  if (!m) return null;
  let fill = m[1] ?? " ";
  let align = m[2] ?? "";
  const zeropad = m[6] !== undefined;
  // libmpdec: the '0' flag implies an alignment, which must not be given twice.
  if (zeropad && m[2]) return null;
  if (zeropad && !m[2]) {
    fill = "0";
    align = "=";
  }
  const type = m[10] ?? "";
  // CPython's C implementation accepts neither '_' grouping nor '#' for Decimal.
  if ((type === "n" && m[8]) || m[8] === "_" || m[5]) return null;
  return {
    fill,
    align: align || ">",
    sign: m[3] ?? "-",
    noNegZero: m[4] !== undefined,
    alt: m[5] !== undefined,
    zeropad,
    width: m[7] ? Number(m[7]) : 0,
    sep: m[8] ?? "",
    precision: m[9] !== undefined ? Number(m[9]) : null,
    type,
  };
}

function align(sign: string, body: string, spec: Spec): string {
  const pad = spec.width - [...sign].length - [...body].length;
  if (pad <= 0) return sign + body;
  const fill = (n: number) => spec.fill.repeat(n);
  switch (spec.align) {
    case "<":
      return sign + body + fill(pad);
    case "=":
      return sign + fill(pad) + body;
    case "^": {
      const left = Math.floor(pad / 2);
      return fill(left) + sign + body + fill(pad - left);
    }
    default:
      return fill(pad) + sign + body;
  }
}

function group(digits: string, sep: string, minWidth: number): string {
  if (!sep) {
    const l = Math.max(digits.length, minWidth, 1);
    return "0".repeat(l - digits.length) + digits;
  }
  const groups: string[] = [];
  for (;;) {
    const l = Math.min(Math.max(digits.length, minWidth, 1), 3);
    groups.push("0".repeat(Math.max(0, l - digits.length)) + digits.slice(Math.max(0, digits.length - l)));
    digits = digits.slice(0, Math.max(0, digits.length - l));
    minWidth -= l;
    if (!digits && minWidth <= 0) break;
    minWidth -= sep.length;
  }
  return groups.reverse().join(sep);
}

/** `format(d, spec)`; null for an invalid spec. `ctx` supplies rounding and capitals. */
export function formatDecimal(d: Dec, text: string, ctx: Ctx, capitals: boolean): string | null {
  const spec = parseSpec(text);
  if (spec === null) return null;
  let type = spec.type;
  const signOf = (neg: boolean) => (neg ? "-" : spec.sign === "-" ? "" : spec.sign);
  if (d.isSpecial) {
    // libmpdec pads infinities and NaNs with spaces even under the '0' flag.
    if (spec.zeropad && spec.fill === "0" && spec.align === "=") {
      spec.fill = " ";
      spec.align = ">";
    }
    let body = specialText(d);
    if (type === "%") body += "%";
    return align(signOf(d.sign === 1), body, spec);
  }
  const wasZero = d.coeff === 0n;
  if (type === "" || type === "n") type = capitals ? "G" : "g";
  if (spec.type === "n") type = "g";
  if (type === "%") d = new Dec(d.sign, d.coeff, d.exp + 2);
  const prec = spec.precision;
  const work: Ctx = { ...ctx, status: 0, emax: 4e18, emin: -4e18 };
  if (prec !== null) {
    if (type === "e" || type === "E") d = roundTo(d, prec + 1, work, d.coeff !== 0n);
    else if (type === "f" || type === "F" || type === "%") d = rescale(d, -prec, ctx.rounding, work);
    else if ((type === "g" || type === "G") && d.digits > prec) d = roundTo(d, Math.max(prec, 1), work);
  }
  if (d.coeff === 0n && d.exp > 0 && (type === "f" || type === "F" || type === "%"))
    d = new Dec(d.sign, 0n, 0);
  let negative = d.sign === 1;
  // CPython 3.11's _decimal rounds before testing for 'z' only for the lowercase types
  // f, e, g and %; for the others only a zero operand loses its sign.
  if (
    negative &&
    spec.noNegZero &&
    d.coeff === 0n &&
    ((spec.type !== "" && "feg%".includes(spec.type)) || wasZero)
  )
    negative = false;
  const s = d.coeff.toString();
  const leftDigits = d.exp + s.length;
  let dot: number;
  if (type === "e" || type === "E") dot = d.coeff === 0n && prec !== null ? 1 - prec : 1;
  else if (type === "f" || type === "F" || type === "%") dot = leftDigits;
  else dot = d.exp <= 0 && leftDigits > -6 ? leftDigits : 1;
  let intPart: string, frac: string;
  if (dot < 0) {
    intPart = "0";
    frac = "0".repeat(-dot) + s;
  } else if (dot > s.length) {
    intPart = s + "0".repeat(dot - s.length);
    frac = "";
  } else {
    intPart = s.slice(0, dot) || "0";
    frac = s.slice(dot);
  }
  const exp = leftDigits - dot;
  const sign = signOf(negative);
  let tail = frac || spec.alt ? "." + frac : "";
  if (exp !== 0 || type === "e" || type === "E") {
    const E = type === "E" || type === "G" ? "E" : "e";
    tail += `${E}${exp >= 0 ? "+" : "-"}${Math.abs(exp)}`;
  }
  if (type === "%") tail += "%";
  const minWidth = spec.zeropad ? spec.width - tail.length - sign.length : 0;
  intPart = group(intPart, spec.sep, minWidth);
  return align(sign, intPart + tail, spec);
}

/** Rounds to `digits` significant digits with the context's rounding, unbounded range. */
function roundTo(d: Dec, digits: number, work: Ctx, pad = false): Dec {
  if (pad && d.digits < digits) {
    const k = digits - d.digits;
    return new Dec(d.sign, d.coeff * 10n ** BigInt(k), d.exp - k);
  }
  return finalize(d.sign, d.coeff, d.exp, { ...work, prec: digits });
}
