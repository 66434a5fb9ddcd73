#!/usr/bin/env python3
"""Generates tests/sre/cases.jsonl (one JSON object per pattern): CPython 3.11's pattern programs and match results.

For each pattern (hand-written ones covering every syntax element and flag, plus random
ones from a small grammar) it records what re._compiler hands _sre.compile (the integer
program, groups, groupindex, indexgroup) and, for several subjects, the results of
search/match/fullmatch (all group spans and lastindex, with pos/endpos variants),
findall, finditer spans, split, sub/subn with a literal and a callable replacement.
tests/unit/sre_cases.test.ts replays them against src/modules/_sre.

Run: python3 scripts/gen_sre.py   (needs python3 3.11: MAGIC 20220615)
"""

import json
import random
import re
import sys
from re import _compiler, _parser

assert sys.version_info[:2] == (3, 11), "needs CPython 3.11"

OUT = "tests/sre/cases.jsonl"


def program(pattern, flags):
    p = _parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    indexgroup = [None] * p.state.groups
    for k, i in p.state.groupdict.items():
        indexgroup[i] = k
    return {
        "code": code,
        "flags": flags | p.state.flags,
        "groups": p.state.groups - 1,
        "groupindex": dict(p.state.groupdict),
        "indexgroup": indexgroup,
    }


def enc(v):
    """Python values -> JSON: bytes as {"b": latin-1 text}."""
    if isinstance(v, bytes):
        return {"b": v.decode("latin-1")}
    if isinstance(v, (list, tuple)):
        return [enc(x) for x in v]
    return v


def match_result(m):
    if m is None:
        return None
    return {"regs": [list(r) for r in m.regs], "lastindex": m.lastindex, "lastgroup": m.lastgroup}


def bracket(m):
    g = m.group(0)
    return (b"<" + g + b">") if isinstance(g, bytes) else "<" + g + ">"


def results(rx, s):
    r = {"s": enc(s)}
    n = len(s)
    r["search"] = match_result(rx.search(s))
    r["match"] = match_result(rx.match(s))
    r["fullmatch"] = match_result(rx.fullmatch(s))
    pos, endpos = (1, n - 1) if n >= 2 else (0, n)
    r["pos"] = [pos, endpos]
    r["search_pos"] = match_result(rx.search(s, pos, endpos))
    r["match_pos"] = match_result(rx.match(s, pos, endpos))
    r["fullmatch_pos"] = match_result(rx.fullmatch(s, pos, endpos))
    r["findall"] = enc(rx.findall(s))
    r["finditer"] = [[list(x) for x in m.regs] for m in rx.finditer(s)]
    r["split"] = enc(rx.split(s))
    r["split1"] = enc(rx.split(s, 1))
    lit = b"-" if isinstance(s, bytes) else "-"
    r["sub"] = enc(rx.sub(lit, s))
    r["subn2"] = enc(list(rx.subn(lit, s, 2)))
    r["subcall"] = enc(rx.sub(bracket, s))
    return r


# ---- hand-written patterns: (pattern, flags, subjects) ----

W = ["", "a", "abc", "aaa", "abcabc", "xaby", "a\nb\nc", "ab12 cd_3", "AbC", "  x  "]
HAND = [
    # literals, any, classes
    (r"a", 0, W), (r"abc", 0, W), (r".", 0, W), (r".", re.S, W), (r"a.c", 0, ["abc", "a\nc", "axcabc"]),
    (r"[abc]", 0, W), (r"[^abc]", 0, W), (r"[a-c]+", 0, W), (r"[^a-c\s]+", 0, W), (r"[\d_]+", 0, W),
    (r"[]a]", 0, ["]", "a]b"]), (r"[a\]]+", 0, ["]a]", "b"]), (r"[\w.-]+", 0, ["a.b-c d", "--"]),
    (r"[\x00-\x7f]+", 0, ["abc\x80é", "é"]), (r"[à-ÿ]+", 0, ["àéÿz", "ÀÉ"]), (r"[α-ω]+", 0, ["αβγ ΑΒΓ", "x"]),
    (r"[\u0100-\u017f\u4e00-\u9fff]+", 0, ["ĀāĂ中文x", "abc"]), (r"[😀-😂]+", 0, ["😀😁😂😃", "a😀"]),
    (r"[^😀]+", 0, ["a😀b", "😀"]), (r"😀+", 0, ["😀😀a", "b"]), (r".😀.", 0, ["x😀y", "😀😀😀"]),
    (r"[a-z0-9]{2,}", 0, W), (r"[^\W\d]+", 0, ["ab12cd", "__x9"]), (r"[.]", 0, ["a.b"]),
    # categories
    (r"\d+", 0, ["a123b٤٥", "٣", "x"]), (r"\d+", re.A, ["a123b٤٥", "٣"]), (r"\D+", 0, ["ab1", "12"]),
    (r"\w+", 0, ["héllo wörld_1 ĳ", "²³", "٣x"]), (r"\w+", re.A, ["héllo wörld_1", "²"]),
    (r"\W+", 0, ["a, b; c", "  "]), (r"\s+", 0, ["a \t\n\r\f\vb", "a\x1cb\x85c\u2028d\xa0"]),
    (r"\s+", re.A, ["a \t\nb", "a\x1cb\x85c\xa0"]), (r"\S+", 0, ["ab cd", " "]),
    (r"[\s\d]+", 0, [" 1 2x", "٣ ٤"]), (r"[^\s\d]+", 0, [" 1 ab2x", "٣ab"]),
    (r"[\w\s]+", re.A, ["héllo wörld", "a b"]), (r"[^\W]+", 0, ["é_1 x"]),
    # anchors
    (r"^a", 0, ["a", "ba", "a\na"]), (r"^a", re.M, ["ba\na", "a\na"]), (r"a$", 0, ["a", "a\n", "a\na", "ab"]),
    (r"a$", re.M, ["a\nb", "b\na\n", "ab"]), (r"\Aa", re.M, ["a\na", "\na"]), (r"a\Z", re.M, ["a\n", "ba"]),
    (r"$", 0, ["", "a", "a\n", "a\n\n"]), (r"^", re.M, ["", "a\nb\n", "\n\n"]), (r"$", re.M, ["a\nb\n", "\n"]),
    (r"\b", 0, ["", "ab cd", " a "]), (r"\B", 0, ["", "ab cd", " a ", "a"]), (r"\bé\w*", 0, ["café éa", "é"]),
    (r"\b\w+\b", re.A, ["héllo wörld", "a_b c"]), (r"\b\w+\b", 0, ["héllo wörld", "a_b c"]),
    (r"\B\w+", 0, ["héllo ab"]), (r"(?m)^\w+$", 0, ["ab\ncd\n\nef"]), (r"^$", re.M, ["", "\n", "a\n\nb"]),
    # groups, named groups, lastindex
    (r"(a)(b)?", 0, W), (r"(a)|(b)", 0, ["a", "b", "c"]), (r"(a(b))", 0, ["ab"]), (r"((a)b)", 0, ["ab"]),
    (r"(?P<x>a)(?P<y>b)?", 0, ["ab", "a", "b"]), (r"(?:a|(b))+", 0, ["aba", "ab", "bba"]),
    (r"(a)|b", 0, ["b", "a"]), (r"(a|b)*", 0, ["abba", ""]), (r"(a|b)*c", 0, ["abbac", "abx"]),
    (r"(?:(a)|b)*", 0, ["ab", "ba", "aab"]), (r"(a*)*", 0, ["aa", "b"]), (r"(a*)+", 0, ["aa", "b"]),
    (r"(a|)+", 0, ["aa", "b"]), (r"(a?)+?b", 0, ["aab"]), (r"()", 0, ["", "a"]), (r"(()|a)+", 0, ["aa"]),
    (r"(?P<first>\w)(?P<rest>\w*)", 0, ["hello", "a"]), (r"(?:(?P<n>\d)|x)+", 0, ["1x2x", "xx"]),
    (r"((a)|(b))+", 0, ["ab", "ba", "aab"]), (r"(a)(?:x|(b))", 0, ["ax", "ab"]),
    # backreferences
    (r"(a)\1", 0, ["aa", "ab", "aaa"]), (r"(\w+) \1", 0, ["hello hello", "ab abc", "a b"]),
    (r"(?P<q>['\"]).*?(?P=q)", 0, ["'a' \"b\"", "'a\""]), (r"(a|b)\1+", 0, ["aaab", "abbb"]),
    (r"(a)?\1", 0, ["aa", "b"]), (r"(?i)(a)\1", 0, ["aA", "Aa", "ab"]), (r"(?i)(é)\1", 0, ["éÉ", "Éé"]),
    (r"(?i)(σ)\1", 0, ["σΣ", "σς"]), (r"(\w)(\w)?\2\1", 0, ["abba", "aa", "abca"]),
    (rb"(?i)(a)\1", re.L, [b"aA", b"ab"]), (r"(?a)(?i)(k)\1", 0, ["kK", "k\u212a"]),
    # conditional groups
    (r"(a)?(?(1)b|c)", 0, ["ab", "c", "ac", "b"]), (r"(?P<o><)?\w+(?(o)>)", 0, ["<a>", "a", "<a", "a>"]),
    (r"(a)?b(?(1)c)", 0, ["abc", "b", "ab"]), (r"(?:(a)|b)(?(1)x|y)", 0, ["ax", "by", "ay", "bx"]),
    # lookarounds
    (r"a(?=b)", 0, ["ab", "ac", "aab"]), (r"a(?!b)", 0, ["ab", "ac", "a"]), (r"(?<=a)b", 0, ["ab", "cb", "b"]),
    (r"(?<!a)b", 0, ["ab", "cb", "b"]), (r"(?<=(a))b", 0, ["ab"]), (r"(?=(a))a", 0, ["a"]),
    (r"(?!(a)b)a", 0, ["ab", "ac"]), (r"\w+(?=,)", 0, ["ab,cd,", "x"]), (r"(?<=\d{2})x", 0, ["12x 1x", "x"]),
    (r"(?<=^)a", 0, ["a", "ba"]), (r"(?<=\bab)c", 0, ["abc xabc"]), (r"(?=a|b)\w", 0, ["ca b"]),
    (r"(?<=a|b)c", 0, ["ac bc cc"]), (r"(?<=(a)|b)c", 0, ["ac", "bc"]), (r"(?<!^)\b", 0, ["a b", "ab"]),
    (r"(?=(\w+))\1:", 0, ["abc:"]), (r"((?=a)|b)+", 0, ["ab", "ba"]), (r"(?!)", 0, ["", "a"]),
    (r"(?=)", 0, ["", "ab"]), (r"(?<=a)", 0, ["aba"]),
    # quantifiers
    (r"a*", 0, W), (r"a+", 0, W), (r"a?", 0, W), (r"a{2}", 0, W), (r"a{2,}", 0, W), (r"a{,2}", 0, W),
    (r"a{1,2}", 0, W), (r"a*?", 0, W), (r"a+?", 0, W), (r"a??", 0, W), (r"a{1,2}?", 0, W), (r"a{2,}?b", 0, ["aaab", "ab"]),
    (r"(ab)*", 0, ["ababx", "x"]), (r"(ab)+?", 0, ["abab"]), (r"(ab){2}", 0, ["ababab", "ab"]),
    (r"(ab){1,2}?c", 0, ["ababc", "abc"]), (r"(?:ab){0,3}", 0, ["abababab"]), (r"(a|ab)(c|bcd)(d*)", 0, ["abcd"]),
    (r".*x", 0, ["abxcdx", "x", "ab"]), (r".*?x", 0, ["abxcdx"]), (r"<.*>", 0, ["<a><b>"]), (r"<.*?>", 0, ["<a><b>"]),
    (r"a{3,5}", 0, ["aaaaaaa", "aa"]), (r"(?:a{2})*", 0, ["aaaaa"]), (r"(a{2})*?$", 0, ["aaaa", "aaa"]),
    (r"x*y*", 0, ["xxyy", "yx", ""]), (r"(x*)(y*)", 0, ["xxyy", "yx"]), (r"[ab]*?b", 0, ["aab", "b"]),
    (r"(a+|b+)*c", 0, ["aabbc", "abab"]), (r"(?:a|b)*?c", 0, ["ababc"]), (r"\w{2,3}?", 0, ["abcdefg"]),
    (r"(a*?)*", 0, ["aa"]), (r"(?:a*?){2,3}b", 0, ["aab"]), (r"(a?){3}", 0, ["aa", ""]), (r"(a??){2}", 0, ["aa"]),
    (r"(\d+)\s*-\s*(\d+)?", 0, ["12 - 34", "1-", "-"]),
    # possessive and atomic (3.11)
    (r"a*+a", 0, ["aaa"]), (r"a++b", 0, ["aab", "ab", "b"]), (r"a?+a", 0, ["a", "aa"]), (r"a{1,2}+a", 0, ["aaa", "aa"]),
    (r"(?:ab)*+ab", 0, ["abab"]), (r"(?:a|ab)*+c", 0, ["ababc", "aac"]), (r"(?:a|ab){2}+", 0, ["abab", "aa"]),
    (r"(?>a|ab)c", 0, ["abc", "ac"]), (r"(?>a*)a", 0, ["aa"]), (r"(?>(a)|b)*", 0, ["ab", "ba"]),
    (r"(?>x+)y", 0, ["xxy", "xx"]), (r"(?:(a)|b)++", 0, ["ab", "ba"]), (r"(a*)++b", 0, ["aab"]),
    (r"(?>(?:a|b)*)c", 0, ["abc", "ab"]), (r"[ab]++c", 0, ["abac", "ab"]), (r"(?:x?)*+y", 0, ["xxy", "y"]),
    (r"(?>a+?)", 0, ["aaa"]), (r"(?:(?>a)|b)+c", 0, ["abac"]), (r"\d*+\.", 0, ["12.5", "."]),
    # branch
    (r"a|b|c", 0, W), (r"ab|a", 0, ["ab", "a"]), (r"a|ab", 0, ["ab"]), (r"(?:a|b)c", 0, ["ac", "bc", "cc"]),
    (r"|a", 0, ["a"]), (r"a|", 0, ["a", "b"]), (r"x(?:a|b|)y", 0, ["xy", "xay", "xcy"]), (r"(a|b|c|d)+", 0, ["dcba"]),
    (r"cat|dog|bird", 0, ["a dog and a cat"]), (r"(?:ab|cd)+|ef", 0, ["abcdef", "ef"]),
    # IGNORECASE
    (r"abc", re.I, ["ABC", "aBc", "xAbCx"]), (r"[a-z]+", re.I, ["HeLLo", "123"]), (r"[^a-z]+", re.I, ["ABC123"]),
    (r"é", re.I, ["É", "é"]), (r"[à-þ]+", re.I, ["ÀÉÞ", "àé"]), (r"σ", re.I, ["Σ", "ς", "σ"]), (r"[σ]", re.I, ["Σς"]),
    (r"Σ+", re.I, ["σςΣ"]), (r"k", re.I, ["K", "\u212a"]), (r"k", re.I | re.A, ["K", "\u212a"]),
    (r"[k]", re.I, ["\u212a"]), (r"[a-z]", re.I, ["\u212a", "\u017f"]), (r"s", re.I, ["S", "\u017f"]),
    (r"ı", re.I, ["I", "i", "ı", "İ"]), (r"i", re.I, ["İ", "ı", "I"]), (r"ß", re.I, ["ẞ", "ss"]),
    (r"[ǅ]", re.I, ["Ǆ", "ǆ", "ǅ"]), (r"ǆ", re.I, ["Ǆ", "ǅ"]), (r"µ", re.I, ["μ", "Μ"]), (r"[^k]", re.I, ["K", "\u212a", "x"]),
    (r"\u0130", re.I, ["i", "I", "\u0130"]), (r"[\u0100-\u0180]+", re.I, ["ĀāŸÿ"]), (r"ꭰ", re.I, ["Ꭰ"]),
    (r"𐐀", re.I, ["𐐨", "𐐀"]), (r"[𐐀-𐐏]+", re.I, ["𐐨𐐩", "x"]), (r"[^𐐀]", re.I, ["𐐨", "a"]),
    (r"(?i:a)b", 0, ["Ab", "AB"]), (r"a(?-i:b)", re.I, ["AB", "Ab"]), (r"[\w]", re.I, ["É"]), (r"\W", re.I, ["é"]),
    (r"[^\d]", re.I, ["1a"]), (r"x[yY]", re.I, ["XY"]), (r"[a-f\d]+", re.I, ["DeadBeef12"]),
    # VERBOSE
    (r"""a b  # comment
         c""", re.X, ["abc", "a b c"]), (r"a\ b[ ]c", re.X, ["a b c"]), (r"(?x) \d + (?# x) \. ", 0, ["12."]),
    # DOTALL, MULTILINE, ASCII mixes
    (r"a.*b", re.S, ["a\nxb"]), (r"(?s:.)+", 0, ["a\nb"]), (r"(?m)a$\n^b", 0, ["a\nb"]), (r"(?a)\w+", 0, ["héllo"]),
    (r"(?u)\w+", 0, ["héllo"]), (r"(?s).", re.M, ["\n"]), (r"(?m:^x)", 0, ["a\nx"]),
    # escapes
    (r"\t\n\x41\u00e9\U0001F600\101\0", 0, ["\t\nAé😀A\0"]), (r"\.\*\+\?\(\)\[\]\{\}\|\\\^\$", 0, [".*+?()[]{}|\\^$"]),
    (r"[\t\-\]]+", 0, ["\t-]"]), (r"a{", 0, ["a{"]), (r"a{1", 0, ["a{1"]), (r"a{,}", 0, ["a{,}"]), (r"{a}", 0, ["{a}"]),
    # empty matches in sub/split/findall/finditer
    (r"x*", 0, ["abxd", "", "xx", "axbxxc"]), (r"\b", 0, ["a b"]), (r"(?=x)", 0, ["axbx"]), (r"x?", 0, ["xax"]),
    (r"(x)*", 0, ["axxb"]), (r"|x", 0, ["x"]), (r"(|x)", 0, ["xx"]), (r"\s*", 0, ["a b  c"]), (r"(?:)", 0, ["abc"]),
    (r"a|(?=b)", 0, ["ab", "bab"]), (r"(?<=a)|b", 0, ["ab", "bab"]), (r"$|a", 0, ["aa\n"]), (r"^|a", re.M, ["a\na"]),
    # larger sets (BIGCHARSET, CHARSET)
    (r"[a-zA-Z0-9_\u00c0-\u00ff\u0400-\u04ff]+", 0, ["Привет, World é!", "---"]),
    (r"[^\u0400-\u04ff a-z]+", 0, ["Привет abc DEF"]), (r"[\u3040-\u30ff\u4e00-\u9faf]+", 0, ["日本語のテキスト abc"]),
    (r"[aeiouy\u00e0\u00e9\u00e8]", re.I, ["AÉÈ bcd"]), (r"[\x00-\x08\x0b\x0c\x0e-\x1f]", 0, ["a\x01b\x0cc"]),
    (r"[%s]" % "".join(chr(c) for c in range(0x100, 0x400, 7)), 0, ["ĀćĎđ", "\u0107\u0108"]),
    (r"[^%s]+" % "".join(chr(c) for c in range(0x100, 0x400, 7)), re.I, ["ĀćĎđab"]),
    # bytes patterns
    (rb"a+", 0, [b"xaay", b""]), (rb"[a-z]+", re.I, [b"HeLLo"]), (rb"\w+", 0, [b"h\xe9llo wor_ld"]), (rb"\s+", 0, [b"a \x1c\x85b"]),
    (rb"(a)(b)?", 0, [b"ab", b"a"]), (rb"\bx\b", 0, [b"x xx"]), (rb"[\x80-\xff]+", 0, [b"a\x80\xffb"]), (rb".", re.S, [b"\n"]),
    (rb"\w+", re.L, [b"ab\xe9_1"]), (rb"[a-z]+", re.L | re.I, [b"HeLLo"]), (rb"\bab", re.L, [b"ab xab"]), (rb"\d", 0, [b"x1"]),
    (rb"[^a]", re.L | re.I, [b"aAb"]), (rb"(?<=a)b", 0, [b"ab"]), (rb"a$", re.M, [b"a\nb"]), (rb"\Bb", re.L, [b"ab b"]),
    (rb"[\w.]+@[\w.]+", 0, [b"mail me@ex.com now"]),
    # misc realistic
    (r"(\d{4})-(\d{2})-(\d{2})", 0, ["on 2023-01-15 and 2024-12-31", "20-1-1"]),
    (r"(?P<key>\w+)=(?P<val>[^;]*);?", 0, ["a=1;b=;c=3", "x"]), (r"[A-Z][a-z]+(?: [A-Z][a-z]+)*", 0, ["Hello World and Foo"]),
    (r"(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)", 0, ["ip 192.168.1.255 x", "256.1.1.1"]),
    (r"\"(?:[^\"\\]|\\.)*\"", 0, [r'say "hi \"there\"" ok']), (r"/\*.*?\*/", re.S, ["a /* b\n */ c /* d */"]),
    (r"^\s*#.*$", re.M, ["x\n  # c\ny"]), (r"(\w+)@(\w+)\.com", 0, ["a@b.com, c@d.com"]),
]


# ---- random patterns from a small grammar ----

ATOMS = ["a", "b", "c", ".", "[ab]", "[^a]", r"\w", r"\d", r"\s", r"\b", "^", "$", "x", r"\B", "[a-c]"]


def rand_pattern(rng, depth=0, ngroups=None):
    if ngroups is None:
        ngroups = [0]
    parts = []
    for _ in range(rng.randint(1, 4)):
        r = rng.random()
        if depth < 3 and r < 0.25:
            kind = rng.choice(["(", "(?:", "(?=", "(?!", "(?>", "(?P<n%d>" % rng.randint(0, 9)])
            if kind.startswith("(?P<"):
                name = kind[4:-1]
                if ("(?P<%s>" % name) in "".join(parts):
                    kind = "("
            inner = rand_pattern(rng, depth + 1, ngroups)
            if rng.random() < 0.3:
                inner += "|" + rand_pattern(rng, depth + 1, ngroups)
            if kind in ("(",) or kind.startswith("(?P<"):
                ngroups[0] += 1
            atom = kind + inner + ")"
        elif r < 0.32 and ngroups[0] > 0:
            atom = "\\%d" % rng.randint(1, ngroups[0])
        elif r < 0.36 and ngroups[0] > 0:
            atom = "(?(%d)%s|%s)" % (rng.randint(1, ngroups[0]), rng.choice(ATOMS[:5]), rng.choice(ATOMS[:5]))
        elif r < 0.40:
            atom = "(?<=%s)" % rng.choice(["a", "b", "ab", "[ab]", r"\w"])
        elif r < 0.43:
            atom = "(?<!%s)" % rng.choice(["a", "b", "ab", r"\d"])
        else:
            atom = rng.choice(ATOMS)
        if atom not in ("^", "$", r"\b", r"\B") and not atom.startswith("(?<") and not atom.startswith("(?=") \
                and not atom.startswith("(?!") and rng.random() < 0.45:
            atom += rng.choice(["*", "+", "?", "*?", "+?", "??", "{2}", "{1,3}", "{,2}?", "{2,}", "*+", "++", "?+", "{1,2}+"])
        parts.append(atom)
    s = "".join(parts)
    if depth == 0 and rng.random() < 0.2:
        s += "|" + rand_pattern(rng, 1, ngroups)
    return s


def rand_subject(rng):
    return "".join(rng.choice("aabbcx \n1") for _ in range(rng.randint(0, 10)))


def main():
    rng = random.Random(20220615)
    cases = []

    def add(pattern, flags, subjects):
        try:
            rx = re.compile(pattern, flags)
            prog = program(pattern, flags)
        except (re.error, OverflowError, RecursionError):
            return False
        entry = {"pattern": enc(pattern), "flags": flags, "repr": repr(rx), **prog, "runs": []}
        for s in subjects:
            entry["runs"].append(results(rx, s))
        cases.append(entry)
        return True

    for pattern, flags, subjects in HAND:
        subs = list(subjects)
        if isinstance(pattern, str) and subjects is not W:
            subs += [s + s for s in subjects[:1]]
        add(pattern, flags, subs)
    nrandom = 0
    while nrandom < 450:
        p = rand_pattern(rng)
        flags = rng.choice([0, 0, 0, re.I, re.M, re.S, re.A])
        if add(p, flags, [rand_subject(rng) for _ in range(5)]):
            nrandom += 1
    with open(OUT, "w") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=True, separators=(",", ":")) + "\n")
    runs = sum(len(c["runs"]) for c in cases)
    print(f"{len(cases)} patterns, {runs} pattern/subject runs -> {OUT}")


if __name__ == "__main__":
    main()
