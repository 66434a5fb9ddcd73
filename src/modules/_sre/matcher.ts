// The backtracking interpreter of the structured pattern program (program.ts).
//
// It never recurses on the subject: the path still to run is a persistent linked list of
// continuation frames (the rest of an enclosing sequence, or the end of one iteration of
// a REPEAT together with that repeat's count), and the alternatives not yet tried are
// choice points on an explicit stack. A choice point captures the continuation by
// reference, so saving one is O(1). Group marks are written through a trail (index, old
// value) and restored on backtracking, as is `lastindex`.
//
// JS recursion happens only for sub-matches — lookarounds, atomic groups and possessive
// repeats run their body to its first success in a nested `run` whose choice points are
// dropped afterwards — so its depth is bounded by the pattern's nesting, not the input.
//
// Semantics follow CPython 3.11's sre: a greedy REPEAT tries another iteration only while
// count < max and the previous iteration did not end where it started (an empty
// iteration ends the loop); a lazy one tries the tail first; `^`/`\A` and lookbehind see
// the whole string before `pos`, `$`/`\Z` stop at `endpos`; `\b` never matches in an
// empty string; fullmatch requires the top level to end at endpos, and after an empty
// match finditer/sub/split ask the next match at the same place to advance.

import {
  isAsciiWord,
  isUniWord,
  lowerAscii,
  lowerUnicode,
  testChar,
  upperAscii,
  type CharTest,
} from "./chars.js";
import { At, MAXREPEAT, Op } from "./constants.js";
import { N, RepeatMode, type Node, type Program, type RepeatNode } from "./program.js";

/** A subject: a surrogate-free JS string (read with charCodeAt), or code points/bytes. */
export interface Subject {
  readonly str: string;
  readonly cps: Int32Array | Uint8Array | null;
  readonly length: number;
}

export function stringSubject(s: string): Subject {
  return { str: s, cps: null, length: s.length };
}

export function arraySubject(a: Int32Array | Uint8Array): Subject {
  return { str: "", cps: a, length: a.length };
}

/** A continuation frame: the rest of `seq` from `idx`, or (repeat !== null) the end of an
 * iteration of `repeat`, whose completed count before it is `count` and which started at
 * `lastPtr`. */
class Frame {
  /** Whether this continuation runs inside a REPEAT body (sre's state->repeat != NULL). */
  readonly inRepeat: boolean;
  constructor(
    readonly seq: Node[],
    readonly idx: number,
    readonly next: Frame | null,
    readonly repeat: RepeatNode | null,
    readonly count: number,
    readonly lastPtr: number,
  ) {
    this.inRepeat = repeat !== null || (next !== null && next.inRepeat);
  }
}

const enum C {
  /** Resume at (seq, idx, k). */
  GOTO,
  /** Try the branch alternative `n` of seq[idx]. */
  ALT,
  /** A greedy REPEAT_ONE backs off one character: `n` is the current count. */
  REPEAT_ONE_GREEDY,
  /** A lazy REPEAT_ONE takes one more character. */
  REPEAT_ONE_LAZY,
  /** A lazy REPEAT tries one more iteration; `k` is its UNTIL frame, `n` the count. */
  LAZY_ITER,
}

class Choice {
  constructor(
    public kind: C,
    public pos: number,
    public seq: Node[],
    public idx: number,
    public k: Frame | null,
    public n: number,
    public start: number,
    public trail: number,
    public lastindex: number,
    public lastmark: number,
    /** Restore the marks themselves on backtracking (sre's MARK_PUSH/MARK_POP), not only
     * lastmark (LASTMARK_SAVE/RESTORE). */
    public full: boolean,
  ) {}
}

const EMPTY: Node[] = [];

/** A pattern that opens with `^` (without MULTILINE) or `\A` matches only at the string's
 * start, so search stops after its first attempt, as sre does. */
function startsAtBeginning(nodes: Node[]): boolean {
  const first = nodes[0];
  return (
    first !== undefined &&
    first.kind === N.AT &&
    (first.at === At.BEGINNING || first.at === At.BEGINNING_STRING)
  );
}

export class Matcher {
  str: string;
  cps: Int32Array | Uint8Array | null;
  /** Where the string begins for `^` and lookbehind (always 0) and ends (endpos). */
  end: number;
  marks: Int32Array;
  lastindex = -1;
  /** The highest mark set so far; marks above it are not valid (sre's lastmark). */
  lastmark = -1;
  private readonly trail: number[] = [];
  /** Choice points [0, sp); the objects above sp are kept for reuse. */
  private readonly stack: Choice[] = [];
  private sp = 0;
  /** The position reached by the last successful run. */
  private pos = 0;
  /** Where the current top-level attempt started. */
  private start = 0;
  matchAll = false;
  mustAdvance = false;

  constructor(
    readonly program: Program,
    subject: Subject,
    groups: number,
    endpos: number,
  ) {
    this.str = subject.str;
    this.cps = subject.cps;
    this.end = endpos;
    this.marks = new Int32Array(2 * groups).fill(-1);
  }

  /** Points an idle matcher (see PyPattern.release) at another subject. */
  rebind(subject: Subject, endpos: number): void {
    this.str = subject.str;
    this.cps = subject.cps;
    this.end = endpos;
    this.matchAll = false;
    this.mustAdvance = false;
  }

  /** Lets go of the subject, which an idle matcher must not keep alive. */
  unbind(): void {
    this.str = "";
    this.cps = null;
  }

  private ch(i: number): number {
    const a = this.cps;
    return a === null ? this.str.charCodeAt(i) : a[i]!;
  }

  private reset(): void {
    // Cheap when the last attempt set no mark: resizing arrays is not free in V8.
    if (this.trail.length !== 0) {
      this.marks.fill(-1);
      this.trail.length = 0;
    }
    this.sp = 0;
    this.lastindex = -1;
    this.lastmark = -1;
  }

  /** Tries a match starting exactly at `start`; the match end is `matchEnd()`. */
  match(start: number): boolean {
    this.reset();
    this.start = start;
    const info = this.program.info;
    // CPython compares the remaining length unsigned: pos > endpos still runs the match
    // (an empty pattern matches there).
    const avail = this.end - start;
    if (avail >= 0 && avail < info.minLen) return false;
    return this.run(this.program.nodes, start, true, false);
  }

  /** The span of group `g` (0-based, as in the marks) or -1s, as sre reads its marks. */
  groupStart(g: number): number {
    const s = this.marks[2 * g] ?? -1;
    const e = this.marks[2 * g + 1] ?? -1;
    return 2 * g + 1 <= this.lastmark && s >= 0 && e >= 0 ? s : -1;
  }

  groupEnd(g: number): number {
    const s = this.marks[2 * g] ?? -1;
    const e = this.marks[2 * g + 1] ?? -1;
    return 2 * g + 1 <= this.lastmark && s >= 0 && e >= 0 ? e : -1;
  }

  /** Finds the first match at or after `start`; the match start is `matchStart()`. */
  search(start: number): boolean {
    const info = this.program.info;
    const end = this.end;
    const minLen = info.minLen;
    const prefix = info.prefix;
    const first = info.first;
    let s = start;
    while (s + minLen <= end) {
      if (prefix !== null && prefix.length > 0) {
        s = this.findPrefix(prefix, s);
        if (s < 0 || s + minLen > end) return false;
      } else if (first !== null) {
        while (s < end && !testChar(first, this.ch(s))) s++;
        if (s >= end) return false;
      }
      this.reset();
      this.start = s;
      if (this.run(this.program.nodes, s, true, false)) return true;
      this.mustAdvance = false;
      if (startsAtBeginning(this.program.nodes)) return false;
      s++;
    }
    return false;
  }

  private findPrefix(prefix: number[], s: number): number {
    const end = this.end;
    const n = prefix.length;
    const c0 = prefix[0]!;
    for (; s + n <= end; s++) {
      if (this.ch(s) !== c0) continue;
      let k = 1;
      while (k < n && this.ch(s + k) === prefix[k]) k++;
      if (k === n) return s;
    }
    return -1;
  }

  matchStart(): number {
    return this.start;
  }

  matchEnd(): number {
    return this.pos;
  }

  private setMark(i: number, v: number): void {
    const marks = this.marks;
    if (i >= marks.length) {
      // MARK beyond the declared groups: grow (CPython keeps up to MAXGROUPS marks).
      const m = new Int32Array(i + 2).fill(-1);
      m.set(marks);
      this.marks = m;
    }
    this.trail.push(i, this.marks[i]!);
    this.marks[i] = v;
  }

  private undo(to: number): void {
    const trail = this.trail;
    const marks = this.marks;
    for (let t = trail.length - 2; t >= to; t -= 2) marks[trail[t]!] = trail[t + 1]!;
    trail.length = to;
  }

  private push(
    kind: C,
    pos: number,
    seq: Node[],
    idx: number,
    k: Frame | null,
    n: number,
    start: number,
    full: boolean,
  ): void {
    const c = this.stack[this.sp];
    if (c === undefined) {
      this.stack.push(
        new Choice(kind, pos, seq, idx, k, n, start, this.trail.length, this.lastindex, this.lastmark, full),
      );
    } else {
      c.kind = kind;
      c.pos = pos;
      c.seq = seq;
      c.idx = idx;
      c.k = k;
      c.n = n;
      c.start = start;
      c.trail = this.trail.length;
      c.lastindex = this.lastindex;
      c.lastmark = this.lastmark;
      c.full = full;
    }
    this.sp++;
  }

  /** sre's MARK: marks between the old lastmark and `i` become unset. */
  private mark(i: number, pos: number): void {
    if (i & 1) this.lastindex = (i >> 1) + 1;
    if (i > this.lastmark) {
      for (let j = this.lastmark + 1; j < i; j++) if ((this.marks[j] ?? -1) !== -1) this.setMark(j, -1);
      this.lastmark = i;
    }
    this.setMark(i, pos);
  }

  private groupValid(g: number): boolean {
    if (2 * g >= this.lastmark) return false;
    const s = this.marks[2 * g]!;
    const e = this.marks[2 * g + 1]!;
    return s >= 0 && e >= 0 && e >= s;
  }

  /** Runs `seq` from `pos` to its end. On success `this.pos` is where it ended and the
   * choice points it made are dropped (its marks stay). On failure the marks are left as
   * the failing path set them, as in sre: the caller's backtracking restores them.
   * `outerRepeat`: the caller runs inside a REPEAT body. */
  private run(seq0: Node[], pos0: number, toplevel: boolean, outerRepeat: boolean): boolean {
    const stack = this.stack;
    const base = this.sp;
    const end = this.end;
    let seq = seq0;
    let idx = 0;
    let k: Frame | null = null;
    let pos = pos0;
    for (;;) {
      let ok = true;
      if (idx >= seq.length) {
        if (k === null) {
          if (toplevel && ((this.matchAll && pos !== end) || (this.mustAdvance && pos === this.start)))
            ok = false;
          else {
            this.pos = pos;
            this.sp = base;
            return true;
          }
        } else if (k.repeat === null) {
          seq = k.seq;
          idx = k.idx;
          k = k.next;
          continue;
        } else {
          // The end of one iteration of a REPEAT (MAX_UNTIL / MIN_UNTIL).
          const r: RepeatNode = k.repeat;
          const count: number = k.count + 1;
          if (count < r.min) {
            k = new Frame(EMPTY, 0, k.next, r, count, k.lastPtr);
            seq = r.body;
            idx = 0;
            continue;
          }
          const more = count < r.max || r.max === MAXREPEAT;
          if (r.greedy) {
            if (more && pos !== k.lastPtr) {
              this.push(C.GOTO, pos, EMPTY, 0, k.next, 0, 0, true);
              k = new Frame(EMPTY, 0, k.next, r, count, pos);
              seq = r.body;
              idx = 0;
            } else {
              seq = EMPTY;
              idx = 0;
              k = k.next;
            }
          } else {
            this.push(
              C.LAZY_ITER,
              pos,
              EMPTY,
              0,
              k,
              count,
              0,
              outerRepeat || (k.next !== null && k.next.inRepeat),
            );
            seq = EMPTY;
            idx = 0;
            k = k.next;
          }
          continue;
        }
      } else {
        const node = seq[idx]!;
        switch (node.kind) {
          case N.CHAR:
            if (pos < end && testChar(node.test, this.ch(pos))) {
              pos++;
              idx++;
              continue;
            }
            ok = false;
            break;
          case N.AT:
            if (this.at(node.at, pos)) {
              idx++;
              continue;
            }
            ok = false;
            break;
          case N.MARK:
            this.mark(node.mark, pos);
            idx++;
            continue;
          case N.BRANCH:
            if (node.alts.length > 1)
              this.push(C.ALT, pos, seq, idx, k, 1, 0, outerRepeat || (k !== null && k.inRepeat));
            if (node.alts.length === 0) {
              ok = false;
              break;
            }
            if (idx + 1 < seq.length) k = new Frame(seq, idx + 1, k, null, 0, 0);
            seq = node.alts[0]!;
            idx = 0;
            continue;
          case N.REPEAT_ONE: {
            const r = node;
            // sre fails at once when fewer than min characters remain, which also covers
            // pos > endpos (an empty repeat does not match there).
            if (r.min > end - pos) {
              ok = false;
              break;
            }
            const avail = end > pos ? end - pos : 0;
            const max = r.max === MAXREPEAT || r.max > avail ? avail : r.max;
            if (r.mode === RepeatMode.LAZY) {
              if (r.min > max) {
                ok = false;
                break;
              }
              const n = this.count(r.test, pos, r.min);
              if (n < r.min) {
                ok = false;
                break;
              }
              if (n < max)
                this.push(
                  C.REPEAT_ONE_LAZY,
                  pos + n,
                  seq,
                  idx,
                  k,
                  n,
                  pos,
                  outerRepeat || (k !== null && k.inRepeat),
                );
              pos += n;
              idx++;
              continue;
            }
            const n = this.count(r.test, pos, max);
            if (n < r.min) {
              ok = false;
              break;
            }
            // No choice point when nothing follows: the first success is the result.
            const last =
              idx + 1 === seq.length && k === null && !(toplevel && (this.matchAll || this.mustAdvance));
            if (r.mode === RepeatMode.GREEDY && n > r.min && !last)
              this.push(
                C.REPEAT_ONE_GREEDY,
                pos + n,
                seq,
                idx,
                k,
                n,
                pos,
                outerRepeat || (k !== null && k.inRepeat),
              );
            pos += n;
            idx++;
            continue;
          }
          case N.REPEAT:
            if (idx + 1 < seq.length) k = new Frame(seq, idx + 1, k, null, 0, 0);
            k = new Frame(EMPTY, 0, k, node, -1, -1);
            seq = EMPTY;
            idx = 0;
            continue;
          case N.GROUPREF: {
            const g = node.group;
            if (!this.groupValid(g)) {
              ok = false;
              break;
            }
            const s = this.marks[2 * g]!;
            const e = this.marks[2 * g + 1]!;
            if ((e > s && pos + (e - s) > end) || !this.sameText(node.op, s, e, pos)) {
              ok = false;
              break;
            }
            pos += e - s;
            idx++;
            continue;
          }
          case N.GROUPREF_EXISTS: {
            const taken = this.groupValid(node.group) ? node.yes : node.no;
            if (idx + 1 < seq.length) k = new Frame(seq, idx + 1, k, null, 0, 0);
            seq = taken;
            idx = 0;
            continue;
          }
          case N.ASSERT: {
            const from = pos - node.behind;
            if (from < 0) {
              ok = !!node.negate;
            } else if (node.negate) {
              const t = this.trail.length;
              const li = this.lastindex;
              const lm = this.lastmark;
              const inRepeat = outerRepeat || (k !== null && k.inRepeat);
              ok = !this.run(node.body, from, false, inRepeat);
              if (ok) {
                if (inRepeat) this.undo(t);
                this.lastindex = li;
                this.lastmark = lm;
              }
            } else {
              ok = this.run(node.body, from, false, outerRepeat || (k !== null && k.inRepeat));
            }
            if (ok) {
              idx++;
              continue;
            }
            break;
          }
          case N.ATOMIC:
            if (this.run(node.body, pos, false, outerRepeat || (k !== null && k.inRepeat))) {
              pos = this.pos;
              idx++;
              continue;
            }
            ok = false;
            break;
          case N.POSSESSIVE_REPEAT: {
            const r = node;
            const inRepeat = outerRepeat || (k !== null && k.inRepeat);
            let count = 0;
            let p = pos;
            while (count < r.min) {
              if (!this.run(r.body, p, false, inRepeat)) break;
              p = this.pos;
              count++;
            }
            if (count < r.min) {
              ok = false;
              break;
            }
            while (count < r.max || r.max === MAXREPEAT) {
              const t = this.trail.length;
              const li = this.lastindex;
              const lm = this.lastmark;
              if (!this.run(r.body, p, false, inRepeat)) {
                this.undo(t);
                this.lastindex = li;
                this.lastmark = lm;
                break;
              }
              count++;
              if (this.pos === p) break;
              p = this.pos;
            }
            pos = p;
            idx++;
            continue;
          }
          case N.FAILURE:
            ok = false;
            break;
        }
      }
      if (ok) continue;
      // Backtrack to the most recent choice point of this run.
      for (;;) {
        if (this.sp === base) return false;
        const c = stack[this.sp - 1]!;
        if (c.full) this.undo(c.trail);
        this.lastindex = c.lastindex;
        this.lastmark = c.lastmark;
        if (c.kind === C.GOTO) {
          this.sp--;
          seq = c.seq;
          idx = c.idx;
          k = c.k;
          pos = c.pos;
          break;
        }
        if (c.kind === C.ALT) {
          const alts = (c.seq[c.idx] as { alts: Node[][] }).alts;
          const n = c.n;
          if (n + 1 < alts.length) c.n = n + 1;
          else this.sp--;
          k = c.k;
          if (c.idx + 1 < c.seq.length) k = new Frame(c.seq, c.idx + 1, k, null, 0, 0);
          seq = alts[n]!;
          idx = 0;
          pos = c.pos;
          break;
        }
        if (c.kind === C.REPEAT_ONE_GREEDY) {
          const r = c.seq[c.idx] as { min: number; nextLiteral: number };
          let n = c.n - 1;
          const lit = r.nextLiteral;
          if (lit >= 0) {
            while (n >= r.min && (c.start + n >= end || this.ch(c.start + n) !== lit)) n--;
          }
          if (n < r.min) {
            this.sp--;
            continue;
          }
          if (n === r.min) this.sp--;
          else c.n = n;
          seq = c.seq;
          idx = c.idx + 1;
          k = c.k;
          pos = c.start + n;
          break;
        }
        if (c.kind === C.REPEAT_ONE_LAZY) {
          const r = c.seq[c.idx] as { max: number; test: CharTest; nextLiteral: number };
          let n = c.n;
          const max = r.max === MAXREPEAT || r.max > end - c.start ? end - c.start : r.max;
          const lit = r.nextLiteral;
          let found = false;
          while (n < max) {
            const p = c.start + n;
            if (!testChar(r.test, this.ch(p))) break;
            n++;
            if (lit < 0 || (p + 1 < end && this.ch(p + 1) === lit)) {
              found = true;
              break;
            }
          }
          if (!found) {
            this.sp--;
            continue;
          }
          if (n >= max) this.sp--;
          else c.n = n;
          seq = c.seq;
          idx = c.idx + 1;
          k = c.k;
          pos = c.start + n;
          break;
        }
        // LAZY_ITER: one more iteration of a lazy REPEAT.
        this.sp--;
        const f = c.k!;
        const r = f.repeat!;
        const count = c.n;
        if ((count >= r.max && r.max !== MAXREPEAT) || c.pos === f.lastPtr) continue;
        k = new Frame(EMPTY, 0, f.next, r, count, c.pos);
        seq = r.body;
        idx = 0;
        pos = c.pos;
        break;
      }
    }
  }

  /** How many characters from `pos` (at most `max`) pass `test`. */
  private count(test: CharTest, pos: number, max: number): number {
    let n = 0;
    const a = this.cps;
    if (a === null) {
      const s = this.str;
      const table = test.table;
      while (n < max) {
        const c = s.charCodeAt(pos + n);
        if (c < 256 ? table[c] !== 1 : !testChar(test, c)) break;
        n++;
      }
    } else {
      while (n < max && testChar(test, a[pos + n]!)) n++;
    }
    return n;
  }

  private sameText(op: Op, s: number, e: number, pos: number): boolean {
    for (let i = s; i < e; i++) {
      const a = this.ch(i);
      const b = this.ch(pos + i - s);
      if (a === b) continue;
      switch (op) {
        case Op.GROUPREF_IGNORE:
          if (lowerAscii(a) !== lowerAscii(b)) return false;
          break;
        case Op.GROUPREF_UNI_IGNORE:
          if (lowerUnicode(a) !== lowerUnicode(b)) return false;
          break;
        case Op.GROUPREF_LOC_IGNORE:
          if (lowerAscii(a) !== lowerAscii(b) && upperAscii(a) !== upperAscii(b)) return false;
          break;
        default:
          return false;
      }
    }
    return true;
  }

  private at(code: number, pos: number): boolean {
    const end = this.end;
    switch (code) {
      case At.BEGINNING:
      case At.BEGINNING_STRING:
        return pos === 0;
      case At.BEGINNING_LINE:
        return pos === 0 || this.ch(pos - 1) === 10;
      case At.END:
        return pos === end || (pos + 1 === end && this.ch(pos) === 10);
      case At.END_LINE:
        return pos === end || this.ch(pos) === 10;
      case At.END_STRING:
        return pos === end;
      case At.BOUNDARY:
      case At.LOC_BOUNDARY:
      case At.NON_BOUNDARY:
      case At.LOC_NON_BOUNDARY: {
        if (pos === 0 && end === 0) return false;
        const before = pos > 0 && isAsciiWord(this.ch(pos - 1));
        const here = pos < end && isAsciiWord(this.ch(pos));
        return (code === At.BOUNDARY || code === At.LOC_BOUNDARY) === (before !== here);
      }
      case At.UNI_BOUNDARY:
      case At.UNI_NON_BOUNDARY: {
        if (pos === 0 && end === 0) return false;
        const before = pos > 0 && isUniWord(this.ch(pos - 1));
        const here = pos < end && isUniWord(this.ch(pos));
        return (code === At.UNI_BOUNDARY) === (before !== here);
      }
      default:
        throw new Error(`_sre: unknown AT code ${code}`);
    }
  }
}
