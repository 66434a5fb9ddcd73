// co_linetable in CPython 3.11's location-table format (Objects/locations.md in CPython),
// over Swallow's instructions: one "code unit" per instruction, which is also how co_lines()
// counts. Encoding and decoding let `code.replace(co_linetable=...)` round-trip and give a
// table of "no location" entries its meaning (lines read as None).

/** Four words per instruction: line, end line, column, end column (-1: none). */
export type Positions = Int32Array;

const NO_LOCATION = 15;
const LONG_FORM = 14;
const NO_COLUMNS = 13;

export function encodeLocationTable(positions: Positions, firstLine: number): Uint8Array {
  const out: number[] = [];
  let line = firstLine;
  for (let i = 0; i < positions.length; i += 4) {
    const [start, end, col, endCol] = [
      positions[i]!,
      positions[i + 1]!,
      positions[i + 2]!,
      positions[i + 3]!,
    ];
    if (start < 0) {
      out.push(0x80 | (NO_LOCATION << 3));
      continue;
    }
    out.push(0x80 | (LONG_FORM << 3));
    writeSignedVarint(out, start - line);
    writeVarint(out, Math.max(0, end - start));
    writeVarint(out, col + 1);
    writeVarint(out, endCol + 1);
    line = start;
  }
  return Uint8Array.from(out);
}

/** The positions `table` gives `count` instructions; those it does not reach have none. */
export function decodeLocationTable(table: Uint8Array, firstLine: number, count: number): Positions {
  const out = new Int32Array(count * 4).fill(-1);
  let line = firstLine;
  let unit = 0;
  let p = 0;
  const varint = (): number => {
    let v = 0;
    let shift = 0;
    for (;;) {
      const b = table[p++] ?? 0;
      v |= (b & 63) << shift;
      shift += 6;
      if ((b & 64) === 0 || p >= table.length) return v;
    }
  };
  const svarint = (): number => {
    const v = varint();
    return v & 1 ? -(v >> 1) : v >> 1;
  };
  while (p < table.length) {
    const head = table[p++]!;
    const code = (head >> 3) & 15;
    const length = (head & 7) + 1;
    let pos: [number, number, number, number] = [-1, -1, -1, -1];
    if (code === NO_LOCATION) pos = [-1, -1, -1, -1];
    else if (code === LONG_FORM) {
      line += svarint();
      const end = line + varint();
      pos = [line, end, varint() - 1, varint() - 1];
    } else if (code === NO_COLUMNS) {
      line += svarint();
      pos = [line, line, -1, -1];
    } else if (code >= 10) {
      line += code - 10;
      pos = [line, line, table[p++] ?? 0, table[p++] ?? 0];
    } else {
      const b = table[p++] ?? 0;
      const col = code * 8 + ((b >> 4) & 7);
      pos = [line, line, col, col + (b & 15)];
    }
    for (let k = 0; k < length && unit < count; k++, unit++) out.set(pos, unit * 4);
  }
  return out;
}

function writeVarint(out: number[], v: number): void {
  while (v >= 64) {
    out.push(64 | (v & 63));
    v >>>= 6;
  }
  out.push(v);
}

function writeSignedVarint(out: number[], v: number): void {
  writeVarint(out, v < 0 ? (-v << 1) | 1 : v << 1);
}
