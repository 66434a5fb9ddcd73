// "Did you mean" for NameError and AttributeError, computed when the exception is printed,
// as CPython 3.11 does (Python/suggestions.c): a Levenshtein distance where changing case
// costs 1 and any other edit costs 2, a budget of a third of the characters involved, at
// most 750 candidates, names longer than 40 UTF-8 bytes never match.

const MOVE_COST = 2;
const CASE_COST = 1;
const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;

function utf8(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}

function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

function substitutionCost(a: number, b: number): number {
  if (a === b) return 0;
  if (lower(a) === lower(b)) return CASE_COST;
  return MOVE_COST;
}

/** Edit distance of two UTF-8 strings, or anything above maxCost once it is exceeded. */
export function levenshtein(a0: Uint8Array, b0: Uint8Array, maxCost: number): number {
  let a = a0;
  let b = b0;
  if (a.length === b.length && a.every((c, i) => c === b[i])) return 0;
  // Common prefixes and suffixes cost nothing.
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  a = a.subarray(pre);
  b = b.subarray(pre);
  let alen = a.length;
  let blen = b.length;
  while (alen > 0 && blen > 0 && a[alen - 1] === b[blen - 1]) {
    alen--;
    blen--;
  }
  a = a.subarray(0, alen);
  b = b.subarray(0, blen);
  if (alen === 0 || blen === 0) return (alen + blen) * MOVE_COST;
  if (alen > MAX_STRING_SIZE || blen > MAX_STRING_SIZE) return maxCost + 1;
  if (blen < alen) {
    [a, b] = [b, a];
    [alen, blen] = [blen, alen];
  }
  if ((blen - alen) * MOVE_COST > maxCost) return maxCost + 1;
  const row: number[] = [];
  for (let i = 0; i < alen; i++) row.push((i + 1) * MOVE_COST);
  let result = 0;
  for (let bi = 0; bi < blen; bi++) {
    const bc = b[bi]!;
    let distance = (result = bi * MOVE_COST);
    let minimum = Number.MAX_SAFE_INTEGER;
    for (let i = 0; i < alen; i++) {
      const substitute = distance + substitutionCost(bc, a[i]!);
      distance = row[i]!;
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      row[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** The candidate closest to `name`, or null. `candidates` in the order CPython scans them
 * (sorted for `dir()` results, insertion order for namespaces). */
export function suggest(name: string, candidates: readonly string[]): string | null {
  if (candidates.length > MAX_CANDIDATE_ITEMS) return null;
  const nameBytes = utf8(name);
  let best: string | null = null;
  let bestDistance = Number.MAX_SAFE_INTEGER;
  for (const item of candidates) {
    if (item === name) continue;
    const itemBytes = utf8(item);
    let maxDistance = Math.floor(((nameBytes.length + itemBytes.length + 3) * MOVE_COST) / 6);
    maxDistance = Math.min(maxDistance, bestDistance - 1);
    const d = levenshtein(nameBytes, itemBytes, maxDistance);
    if (d > maxDistance) continue;
    if (best === null || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}
