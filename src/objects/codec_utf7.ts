// UTF-7 (RFC 2152), as CPython's `_codecs.utf_7_encode` / `utf_7_decode` do it.
//
// Text is UTF-16 code units. ASCII letters, digits, the RFC's "optional direct" set and
// white space are written as themselves; '+' is "+-"; everything else goes into a shift
// sequence: '+', the code units' bits in modified base64 (no padding), and '-' when the
// next character could be mistaken for base64 (or is '-' itself). The encoder never fails:
// a lone surrogate is just a code unit. The decoder reports errors under the codec name
// "utf7" and, when not final, stops before an unfinished shift sequence so that an
// incremental decoder can feed it again with more bytes.

import { cpAt, type Text } from "./str.js";
import { ByteSink, CharSink, handleDecodeError } from "./codecs.js";

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B64_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < 64; i++) B64_VALUE[B64.charCodeAt(i)] = i;

const PLUS = 0x2b;
const MINUS = 0x2d;

/** Written as itself by the encoder: RFC 2152's sets D and O and space, tab, CR, LF
 * (NUL, other controls, '+', '\\', '~' and DEL are not). */
const DIRECT = new Uint8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'(),-./:?" +
  ' !"#$%&*;<=>@[]^_`{|}' +
  " \t\r\n")
  DIRECT[c.charCodeAt(0)] = 1;

function isBase64(b: number): boolean {
  return b < 128 && B64_VALUE[b]! >= 0;
}

export function encodeUtf7(t: Text): Uint8Array {
  const out = new ByteSink();
  let inShift = false;
  let bits = 0; // pending bits in `acc`, fewer than 6 between code units
  let acc = 0;
  const unit = (u: number) => {
    acc = (acc << 16) | u;
    bits += 16;
    while (bits >= 6) {
      bits -= 6;
      out.push(B64.charCodeAt((acc >> bits) & 63));
    }
    acc &= (1 << bits) - 1;
  };
  for (let i = 0; i < t.length; i++) {
    const cp = cpAt(t, i);
    if (cp < 128 && DIRECT[cp]) {
      if (inShift) {
        if (bits > 0) out.push(B64.charCodeAt((acc << (6 - bits)) & 63));
        bits = 0;
        acc = 0;
        inShift = false;
        // Only a character that could continue the base64 needs the explicit '-'.
        if (isBase64(cp) || cp === MINUS) out.push(MINUS);
      }
      out.push(cp);
      continue;
    }
    if (!inShift) {
      if (cp === PLUS) {
        out.push(PLUS);
        out.push(MINUS);
        continue;
      }
      out.push(PLUS);
      inShift = true;
    }
    if (cp > 0xffff) {
      const v = cp - 0x10000;
      unit(0xd800 | (v >> 10));
      unit(0xdc00 | (v & 0x3ff));
    } else unit(cp);
  }
  if (bits > 0) out.push(B64.charCodeAt((acc << (6 - bits)) & 63));
  if (inShift) out.push(MINUS);
  return out.result();
}

/** Returns [text, bytes consumed]. */
export function decodeUtf7(data: Uint8Array, errors: string, final: boolean): [Text, number] {
  const out = new CharSink();
  const n = data.length;
  let i = 0;
  let inShift = false;
  let shiftStart = 0; // the '+' of the current (or last) shift sequence
  let shiftOutLen = 0; // output length when it began
  let bits = 0;
  let acc = 0;
  let surrogate = 0; // a high surrogate waiting for its low half
  const fail = (start: number, end: number, reason: string) => {
    i = handleDecodeError("utf7", data, start, end, reason, errors, out);
  };
  for (;;) {
    while (i < n) {
      const b = data[i]!;
      if (inShift) {
        if (isBase64(b)) {
          acc = (acc << 6) | B64_VALUE[b]!;
          bits += 6;
          i++;
          if (bits >= 16) {
            bits -= 16;
            const u = acc >> bits;
            acc &= (1 << bits) - 1;
            if (surrogate) {
              if (u >= 0xdc00 && u <= 0xdfff) {
                out.push(0x10000 + ((surrogate - 0xd800) << 10) + (u - 0xdc00));
                surrogate = 0;
                continue;
              }
              out.push(surrogate);
              surrogate = 0;
            }
            if (u >= 0xd800 && u <= 0xdbff) surrogate = u;
            else out.push(u);
          }
          continue;
        }
        // The shift sequence ends here: what is left must be under one base64
        // character's worth of zero bits.
        inShift = false;
        if (bits >= 6) {
          fail(shiftStart, ++i, "partial character in shift sequence");
          continue;
        }
        if (bits > 0 && acc !== 0) {
          fail(shiftStart, ++i, "non-zero padding bits in shift sequence");
          continue;
        }
        // A pending high surrogate stands alone before a character that decodes as itself.
        if (surrogate && b < 128 && b !== PLUS) out.push(surrogate);
        surrogate = 0;
        if (b === MINUS) i++; // the '-' belongs to the shift sequence
        continue;
      }
      if (b === PLUS) {
        shiftStart = i++;
        if (i < n && data[i] === MINUS) {
          i++;
          out.push(PLUS);
        } else if (i < n && !isBase64(data[i]!)) fail(shiftStart, ++i, "ill-formed sequence");
        else {
          inShift = true;
          surrogate = 0;
          shiftOutLen = out.chars.length;
          bits = 0;
          acc = 0;
        }
        continue;
      }
      if (b < 128) {
        out.push(b);
        i++;
        continue;
      }
      fail(i, i + 1, "unexpected special character");
    }
    if (inShift && final) {
      inShift = false;
      if (surrogate || bits >= 6 || (bits > 0 && acc !== 0)) {
        fail(shiftStart, n, "unterminated shift sequence");
        if (i < n) continue;
      }
    }
    break;
  }
  if (inShift) {
    // Not final: leave the whole unfinished shift sequence for the next call.
    out.chars.length = shiftOutLen;
    return [out.text(), shiftStart];
  }
  return [out.text(), i];
}
