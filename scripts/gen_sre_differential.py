#!/usr/bin/env python3
"""Generates the `re` differential corpus: tests/sre/differential/corpus.py (one case a
line: pattern, flags, operation, subject, arguments) and corpus.expected (CPython's result
of each case, one line each, as printed by tests/sre/differential/driver.py).

The cases cover every piece of the pattern syntax and every flag (inline, scoped and as
arguments), str and bytes, the matching operations with pos/endpos, sub/subn templates and
callables, the Match API, and bad patterns and templates with their error messages and
positions. The patterns come from tables below, from the engine-level corpus of
scripts/gen_sre.py (its HAND table and random grammar), and from a seeded random grammar.
tests/unit/sre_differential.test.ts runs the driver under Swallow in one process and
compares its output with corpus.expected line by line.

Run: python3 scripts/gen_sre_differential.py   (needs python3 3.11)
"""

import json
import os
import random
import re
import subprocess
import sys

assert sys.version_info[:2] == (3, 11), "needs CPython 3.11"

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIR = os.path.join(ROOT, "tests", "sre", "differential")
sys.path.insert(0, os.path.join(ROOT, "scripts"))

import gen_sre  # noqa: E402  (the engine-level corpus's pattern tables)

I, M, S, X, A, U, L = re.I, re.M, re.S, re.X, re.A, re.U, re.L

cases = []


def plain(v):
    """re's flags are IntFlag members, whose repr is not a literal."""
    if isinstance(v, int) and not isinstance(v, bool):
        return int(v)
    if isinstance(v, list):
        return [plain(x) for x in v]
    if isinstance(v, dict):
        return {k: plain(x) for k, x in v.items()}
    return v


def case(p, op, s=None, a=None, f=0):
    case_ = (p, int(f), op, s, plain(list(a)) if a else [])
    assert eval(repr(case_)) == case_, case_
    cases.append(case_)


def dash(s):
    return b"-" if isinstance(s, bytes) else "-"


def tmpl(s, t):
    return t.encode("latin-1") if isinstance(s, bytes) else t


def full(p, f, subjects):
    """The standard set of operations on each subject."""
    case(p, "compile", f=f)
    for s in subjects:
        n = len(s)
        for op in ("search", "match", "fullmatch", "findall", "finditer", "split"):
            case(p, op, s, f=f)
        case(p, "sub", s, [{"call": "brk"}], f=f)
        case(p, "subn", s, [dash(s), 2], f=f)
        if n >= 2:
            case(p, "search", s, [1, n - 1], f=f)
            case(p, "match", s, [1], f=f)


def light(p, f, subjects):
    """search, findall and sub only: for the large random and reused tables."""
    for s in subjects:
        case(p, "search", s, f=f)
        case(p, "findall", s, f=f)
        case(p, "sub", s, [{"call": "brk"}], f=f)


# ---- syntax elements ----------------------------------------------------------------

U_SUBJ = ["", "abc", "a1 b2_c\n", "héllo wörld", "Ab9\t٣x\u2003y\xa0_z", "x\x1cy\x85z\u2028"]
B_SUBJ = [b"", b"abc", b"a1 b2_c\n", b"h\xe9llo w\xf6rld", b"Ab9\t\xa0_z\x1c\x85"]

SYNTAX = [
    # literals and escapes
    (r"abc", 0, ["abc", "xabcx", "ab"]),
    (r"a.c", 0, ["abc", "a\nc", "a😀c"]),
    (r"\.\^\$\*\+\?\{\}\[\]\\\|\(\)", 0, [".^$*+?{}[]\\|()"]),
    (r"\a\f\n\r\t\v", 0, ["\a\f\n\r\t\v"]),
    (r"\x41\x7e\u00e9\u20ac\U0001F600", 0, ["A~é€😀", "a"]),
    (r"\101\0\07\177", 0, ["A\0\7\x7f"]),
    (r"\N{LATIN SMALL LETTER E WITH ACUTE}\N{EURO SIGN}", 0, ["é€", "e"]),
    (r"[\N{GREEK SMALL LETTER ALPHA}-\N{GREEK SMALL LETTER OMEGA}]+", 0, ["αβγ x ω"]),
    (r"\-\'\"\ \#\&\~\!\@\%\,\;\:\<\>\=\`\/", 0, ["-'\" #&~!@%,;:<>=`/"]),
    (r"\d\D\w\W\s\S", 0, ["1a_ \t x", "٣é!\u2003\xa0y"]),
    (r"\d+", A, ["٣12", "x"]),
    (r"\w+", A, ["héllo", "ĳx"]),
    (r"\s+", A, ["\t\n \x1c\x85\xa0\u2003"]),
    (r"\s+", 0, ["\t\n \x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u200b\u2028\u3000\ufeff"]),
    (r"\w+", 0, ["a\u0300b ²₃ ⅷ 〇 \u200c"]),
    (r"\d+", 0, ["²³ ٣٤ 𝟘𝟙 ⅷ"]),
    (r"\W+", U, ["héllo, wörld!"]),
    # classes
    (r"[abc]+", 0, ["xcbay"]),
    (r"[^abc]+", 0, ["abxyzc"]),
    (r"[a-z]+", 0, ["Hello World"]),
    (r"[a-zA-Z0-9_]+", 0, ["foo_Bar9 baz"]),
    (r"[]a]+", 0, ["]a]b"]),
    (r"[^]a]+", 0, ["]a]bc"]),
    (r"[a-]+", 0, ["-a-b"]),
    (r"[-a]+", 0, ["-a-b"]),
    (r"[\]\\-]+", 0, ["]\\-x"]),
    (r"[\w\s]+", 0, ["ab c!d"]),
    (r"[^\W\d_]+", 0, ["ab1_cé"]),
    (r"[\d\D]+", 0, ["a1\n"]),
    (r"[\b]", 0, ["a\bb"]),
    (r"[\x00-\x1f]+", 0, ["a\x01\x1fb"]),
    (r"[\u0100-\uffff]+", 0, ["aĀ\uffffb"]),
    (r"[\U00010000-\U0010ffff]+", 0, ["a😀\U0010ffffb"]),
    (r"[.*+?]+", 0, ["a.*+?b"]),
    (r"[$^]+", 0, ["a$^b"]),
    (r"[a-a]", 0, ["a"]),
    (r"[\s\S]", 0, ["\n"]),
    (r"[^\s\S]", 0, ["\n"]),
    (r"[^\d\s]+", A, ["٣ ab1"]),
    (r"[\w]+", A, ["é_a"]),
    (r"[[:alpha:]]+", 0, ["a:b[]"]),
    (r"[a--]", 0, ["-a"]),
    (r"[a&&b]", 0, ["&"]),
    (r"[a||b]", 0, ["|"]),
    (r"[a~~b]", 0, ["~"]),
    (r"[\w-]+", 0, ["a-b c"]),
    (r"[0-9-]+", 0, ["1-2"]),
    # anchors
    (r"^ab", 0, ["ab", "cab", "x\nab"]),
    (r"ab$", 0, ["ab", "ab\n", "ab\nx"]),
    (r"^ab$", M, ["x\nab\ny", "ab\n"]),
    (r"\Aab\Z", 0, ["ab", "ab\n"]),
    (r"\Aab", M, ["x\nab"]),
    (r"\bab\b", 0, ["ab", "cab ab_ ab!"]),
    (r"\Bab\B", 0, ["cabd", "ab"]),
    (r"\b", 0, ["héllo wörld"]),
    (r"\b", A, ["héllo wörld"]),
    (r"\B", U, ["é a"]),
    (r"^", M, ["a\nb\n"]),
    (r"$", M, ["a\nb\n"]),
    (r"$", 0, ["a\nb\n"]),
    (r"(?m)\Z", 0, ["a\n"]),
    # quantifiers
    (r"a*", 0, ["baaac"]),
    (r"a+", 0, ["baaac"]),
    (r"a?", 0, ["baaac"]),
    (r"a*?", 0, ["baaac"]),
    (r"a+?", 0, ["baaac"]),
    (r"a??", 0, ["baaac"]),
    (r"a{2}", 0, ["aaaaa"]),
    (r"a{2,}", 0, ["aaaaa a"]),
    (r"a{,2}", 0, ["aaaaa"]),
    (r"a{2,3}", 0, ["aaaaa"]),
    (r"a{2,3}?", 0, ["aaaaa"]),
    (r"a{0}", 0, ["aa"]),
    (r"a{0,0}", 0, ["aa"]),
    (r"a{,}", 0, ["a{,}", "aaa"]),
    (r"a{", 0, ["a{"]),
    (r"a{x}", 0, ["a{x}"]),
    (r"a{1,x}", 0, ["a{1,x}"]),
    (r"a{ 1}", 0, ["a{ 1}"]),
    (r"x{3,5}y", 0, ["xxxxxxy", "xxy"]),
    (r"(?:ab){2,}?", 0, ["ababab"]),
    (r"a*+", 0, ["aaab"]),
    (r"a++", 0, ["aaab"]),
    (r"a?+", 0, ["aaab"]),
    (r"a{1,2}+", 0, ["aaab"]),
    (r"a*+a", 0, ["aaa"]),
    (r"(?:a|b)++b", 0, ["abab"]),
    (r"[ab]*+c", 0, ["ababc"]),
    (r"\w++\d", 0, ["abc1"]),
    (r"(a)*+", 0, ["aab"]),
    (r"(?>a+)b", 0, ["aaab", "aaa"]),
    (r"(?>a|ab)c", 0, ["abc", "ac"]),
    (r"(?>(a)+)\1", 0, ["aaa"]),
    (r"(?>a*)*b", 0, ["aab"]),
    (r"(?>)", 0, ["ab"]),
    (r"(?>ab|a)b", 0, ["abb", "ab"]),
    # groups
    (r"(a)(b)(c)", 0, ["abc"]),
    (r"(a)(b)?(c)", 0, ["ac"]),
    (r"(?:a)(b)", 0, ["ab"]),
    (r"(?P<x>a)(?P<y>b)", 0, ["ab"]),
    (r"(?P<x>a)|(?P<y>b)", 0, ["b", "a"]),
    (r"(?P<émoi>a)(?P<_1>b)", 0, ["ab"]),
    (r"(a(b(c)))", 0, ["abc"]),
    (r"((a)(b))", 0, ["ab"]),
    (r"(a)|(b)|(c)", 0, ["c"]),
    (r"(?#a comment)ab", 0, ["ab"]),
    (r"a(?#)b", 0, ["ab"]),
    (r"()", 0, ["x"]),
    (r"(a)*", 0, ["aaa"]),
    (r"(a|b)+", 0, ["abab"]),
    (r"(a)+(b)+", 0, ["aabb"]),
    (r"((a)|b)+", 0, ["ab", "ba"]),
    (r"(?:(a)|(b))+", 0, ["ab", "ba"]),
    # backreferences
    (r"(a)\1", 0, ["aa", "ab"]),
    (r"(a)(b)\2\1", 0, ["abba"]),
    (r"(?P<x>\w)(?P=x)", 0, ["abccd"]),
    (r"(?P<x>\w)\1", 0, ["abccd"]),
    (r"(a)|\1b", 0, ["b", "ab"]),
    (r"(a)?\1?b", 0, ["b", "aab"]),
    (r"(a)(?:x|\1)", 0, ["aa", "ax"]),
    (r"(\w+)\s+\1", I, ["Hello hello", "ab AB"]),
    (r"(x)(x)(x)(x)(x)(x)(x)(x)(x)(x)\10", 0, ["x" * 11, "x" * 10 + "\x08"]),
    (r"(x)\10", 0, ["xx0", "x\x08"]),
    (r"(x)\01", 0, ["x\x01"]),
    (r"(x)\011", 0, ["x\t"]),
    (r"(a)(?<=\1)", 0, ["aa"]),
    (r"(?i)(ä)\1", 0, ["äÄ"]),
    (r"(?a)(?i)(ß)\1", 0, ["ßß"]),
    # lookaround
    (r"a(?=b)", 0, ["ab ac"]),
    (r"a(?!b)", 0, ["ab ac"]),
    (r"(?<=a)b", 0, ["ab cb"]),
    (r"(?<!a)b", 0, ["ab cb"]),
    (r"(?<=ab|cd)x", 0, ["abx cdx ex"]),
    (r"(?<=a|bc)x", 0, ["ax bcx"]),
    (r"(?<=\d{3})x", 0, ["123x 12x"]),
    (r"(?<=[ab])x", 0, ["ax cx"]),
    (r"(?<=\b)a", 0, ["a ba"]),
    (r"(?<=(?:a)(b))c", 0, ["abc"]),
    (r"(?=(a+))a*b\1", 0, ["baaabac"]),
    (r"(?!(a))\w", 0, ["ab"]),
    (r"(?<!(a))b", 0, ["cb"]),
    (r"(?<=(?P<n>a))b", 0, ["ab"]),
    (r"x(?=y(?=z))", 0, ["xyz xy"]),
    (r"(?<=a(?=b))b", 0, ["ab"]),
    (r"(?<=(?<!b)a)c", 0, ["ac bac"]),
    (r"(?=a)*", 0, ["a"]),
    # conditionals
    (r"(a)?(?(1)b|c)", 0, ["ab", "c", "ac"]),
    (r"(?P<q>\()?x(?(q)\))", 0, ["(x)", "x", "(x"]),
    (r"(a)?(?(1)b)", 0, ["ab", "c"]),
    (r"(?:(a)|b)(?(1)c|d)", 0, ["ac", "bd", "bc"]),
    (r"(a)(?(1)|x)", 0, ["a"]),
    (r"(?(1)a|b)(x)", 0, ["b"]),
    (r"()(?(1)a|b)", 0, ["a", "b"]),
    (r"(?P<a>x)?(?(a)y|z)+", 0, ["xyy", "zz"]),
    # branches
    (r"a|b", 0, ["cba"]),
    (r"a|ab|abc", 0, ["abc"]),
    (r"abc|ab|a", 0, ["abc"]),
    (r"|", 0, ["ab"]),
    (r"a||b", 0, ["ab"]),
    (r"(?:a|b|c)+d", 0, ["abcd"]),
    # inline and scoped flags
    (r"(?i)abc", 0, ["ABC"]),
    (r"(?i:a)b", 0, ["Ab", "AB"]),
    (r"(?-i:a)b", I, ["aB", "AB"]),
    (r"(?i-s:a.)b", S, ["A\nb", "Axb"]),
    (r"(?s:a.)b", 0, ["a\nb"]),
    (r"(?m:^a)", 0, ["b\na"]),
    (r"(?-m:^a)", M, ["b\na"]),
    (r"(?x: a b )c", 0, ["abc"]),
    (r"(?x)a b # comment", 0, ["ab"]),
    (r"(?x)[ a]+", 0, [" a"]),
    (r"(?x)a\ b", 0, ["a b"]),
    (r"(?x)a\#b", 0, ["a#b"]),
    (r"(?x)a{ 2 }", 0, ["a{2}"]),
    (r"(?x)(?P< x >a)", 0, ["a"]),
    (r"(?a)\w+", 0, ["héllo"]),
    (r"(?u)\w+", 0, ["héllo"]),
    (r"(?a:\w+)\w", 0, ["héé"]),
    (r"(?u:\w)", A, ["é"]),
    (r"(?imsx)a . b", 0, ["A\nB"]),
    (r"(?i)(?m)^a", 0, ["b\nA"]),
    (r"(?s)(?i)a.", 0, ["A\n"]),
    (r"(?i:(?-i:a)b)", 0, ["aB", "AB"]),
    # flags as arguments
    (r"a.b", S, ["a\nb"]),
    (r"^a", M, ["b\na"]),
    (r"a b c", X, ["abc"]),
    (r"\w+", A | I, ["HÉllo"]),
    (r"ABC", I | M | S | X, ["abc"]),
    (r"a", U, ["a"]),
    (r"a.", re.DEBUG * 0 | S, ["a\n"]),
    (r"[a-z]+", re.NOFLAG, ["abc"]),
    # case-insensitive Unicode
    (r"k", I, ["K\u212a"]),
    (r"K", I, ["k\u212a"]),
    (r"\u212a", I, ["kK"]),
    (r"[k]+", I, ["kK\u212a"]),
    (r"[^k]+", I, ["kK\u212ax"]),
    (r"[a-z]+", I, ["\u212a\u017f\u0130\u0131"]),
    (r"[A-Z]+", I, ["\u212a\u017f\u0130\u0131"]),
    (r"s", I, ["sS\u017f"]),
    (r"\u017f", I, ["sS"]),
    (r"i", I, ["iI\u0130\u0131"]),
    (r"\u0131", I, ["iI\u0130"]),
    (r"\u0130", I, ["iI\u0131"]),
    (r"ß", I, ["ßẞSS"]),
    (r"ẞ", I, ["ß"]),
    (r"σ", I, ["σςΣ"]),
    (r"ς", I, ["σςΣ"]),
    (r"[σ]+", I, ["σςΣ"]),
    (r"[^σ]", I, ["ςx"]),
    (r"µ", I, ["µμΜ"]),
    (r"[µ]", I, ["Μ"]),
    (r"θ", I, ["ϑΘθϴ"]),
    (r"ǅ", I, ["ǄǅǆDž"]),
    (r"ﬀ", I, ["FF ff ﬀ"]),
    (r"é", I, ["É"]),
    (r"É", I | A, ["é"]),
    (r"[à-ÿ]+", I, ["ÀÉÞß"]),
    (r"[À-Þ]+", I, ["àéþ"]),
    (r"[Ā-ſ]+", I, ["āĀſs"]),
    (r"𐐀", I, ["𐐨"]),
    (r"[𐐨-𐑏]+", I, ["𐐀𐐁"]),
    (r"\w", I, ["\u212a"]),
    (r"[\w]", I | A, ["\u212a"]),
    (r"[^\W]", I, ["É"]),
    (r"[a-z\d]+", I, ["ABC123"]),
    (r"[^a-z]+", I, ["ABC123"]),
    (r"(?i)[\u0390\u1fd3]", 0, ["\u0390\u1fd3"]),
    (r"(?i)\u1fd3", 0, ["\u0390"]),
    (r"(?i)[\u1e9b\u1e61]", 0, ["\u1e60"]),
    (r"(?i)ᲀ", 0, ["вВ"]),
    (r"(?i)в", 0, ["ᲀ"]),
    (r"(?i)[а-я]+", 0, ["ПРИВЕТ ᲀ"]),
    # DOTALL / MULTILINE combos with $ and newlines
    (r".+", 0, ["a\nb"]),
    (r".+", S, ["a\nb"]),
    (r"a$", M, ["a\na\n"]),
    (r"\n$", 0, ["a\n\n"]),
    (r"^$", M, ["\n\n"]),
]

BYTES_SYNTAX = [
    (rb"abc", 0, [b"xabcx"]),
    (rb"\w+", 0, [b"h\xe9llo_1 x"]),
    (rb"\w+", L, [b"h\xe9llo_1 x"]),
    (rb"\s+", 0, [b"a\t\n\x0b\x0c\r \x1c\x85\xa0b"]),
    (rb"\d+", 0, [b"12\xb2"]),
    (rb"[a-z]+", I, [b"HeLLo \xc9\xe9"]),
    (rb"\xe9", I, [b"\xc9\xe9"]),
    (rb"\xe9", I | L, [b"\xc9\xe9"]),
    (rb"(?L)\w", 0, [b"a"]),
    (rb"(?L:a)", 0, [b"a"]),
    (rb"(?Li)a", 0, [b"A"]),
    (rb"\b\w+\b", 0, [b"ab cd\xe9"]),
    (rb"[^\x00-\x7f]+", 0, [b"ab\x80\xffcd"]),
    (rb"(?P<x>a)(?P=x)", 0, [b"aa"]),
    (rb"(a)?(?(1)b|c)", 0, [b"ab", b"c"]),
    (rb"(?<=a)b", 0, [b"ab"]),
    (rb"(?>a+)b", 0, [b"aab"]),
    (rb"a++", 0, [b"aa"]),
    (rb"\x00\x7f\xff", 0, [b"\x00\x7f\xff"]),
    (rb"\101\0", 0, [b"A\x00"]),
    (rb"[\x80-\xff]", I, [b"\x80"]),
    (rb"(?a)\w", 0, [b"a"]),
    (rb".", 0, [b"\n"]),
    (rb"^a$", M, [b"b\na\n"]),
]

# Patterns whose compilation must fail, with CPython's message and position.
BAD_PATTERNS = [
    r"(", r")", r"a)", r"(a", r"[a", r"[", r"[^", r"[]", r"[^]", r"[a-", r"\\", "\\",
    r"*", r"+a", r"?", r"{1}", r"a**", r"a*?*", r"a++*", r"a{1}{2}", r"a{2,1}", r"(?:)*+?",
    r"a{4294967296}", r"a{1,4294967296}", r"a{4294967295}",
    r"(?", r"(?P", r"(?P<", r"(?P<a", r"(?P<>a)", r"(?P<1>a)", r"(?P<a-b>a)", r"(?P<a>a)(?P<a>b)",
    r"(?P=", r"(?P=a", r"(?P=a)", r"(?P=1)", r"(?P<a>(?P=a))", r"(?Px)", r"(?P=)",
    r"(?z)", r"(?<", r"(?<x)", r"(?<=", r"(?<=a", r"(?=", r"(?!", r"(?:", r"(?#", r"(?#abc",
    r"(?i", r"(?i-", r"(?-", r"(?-)", r"(?-i", r"(?i-i:a)", r"(?L)a", r"(?au)a", r"(?aL)a",
    r"(?-a:a)", r"(?-u:a)", r"(?-L:a)", r"a(?i)b", r"a(?x)", r"(?i)(?i)a(?s)", r"(?ix-s",
    r"(?i-:a)", r"(?-:a)", r"(?x-x:a)", r"(?a-i)", r"(?i)(?-i)", r"(?iz)",
    r"(?<=a+)b", r"(?<=a*)b", r"(?<=a|bc*)b", r"(?<!a{1,2})b", r"(?<=(a)\1)b", r"(?<=(?P<n>a)(?P=n))b",
    r"(a)(?<=\1)", r"(?<=a(?=b+))", r"(?<=\b)",
    r"(?(", r"(?(1", r"(?(1)", r"(?(1)a", r"(?(a)b)", r"(?(0)a)", r"(?(1)a)", r"(a)(?(2)b)",
    r"(?(1)a|b|c)(x)", r"(?(-1)a)(b)", r"(?(1a)b)(x)", r"(?(x y)b)", r"(a)(?(01)b)", r"(?(1)a|(?(1)b|c|d))(x)",
    r"\1", r"(a)\2", r"(a\1)", r"\8", r"\9", r"\00", r"\400", r"\777", r"(a)\400",
    r"\x", r"\x1", r"\xg1", r"\u", r"\u12", r"\u123g", r"\U0011ffff", r"\U1234567", r"\N", r"\N{", r"\N{a",
    r"\N{NOT A CHARACTER NAME}", r"\N{}", r"[\N{}]", r"\p", r"\q", r"\e", r"\z", r"\i", r"\_",
    r"[\A]", r"[\Z]", r"[\b-c]", r"[a-\d]", r"[\d-a]", r"[z-a]", r"[\w-\d]", r"[\1]", r"[\400]",
    r"[\x]", r"[\u12]", r"[\q]", r"[\N]", r"[a-\N{}]",
    r"(?x)(", "(?x)a\n(?", "ab\n(", "ab\n(?P<1>x)", "(?x)\n\n[a", "abc\n\ndef)\n",
    r"a|*", r"(*)", r"(|*)", r"^*", r"$*", r"\b*", r"\A+", r"(?=a)*",
    r"(?>", r"(?>a", r"(?>*)", r"a{1,2}+?",
]

BAD_BYTES = [
    rb"\u1234", rb"\U00012345", rb"\N{DIGIT ONE}", rb"(?u)a", rb"(?P<\xe9>a)", rb"[\u0100]",
    rb"(", rb"(?L)(?a)x", rb"a(?L)", rb"(?-L:a)",
]

# Good and bad flag/type combinations given as arguments.
FLAG_ERRORS = [
    (r"a", L), (r"a", A | U), (r"a", A | L), (rb"a", U), (rb"a", A | L), (r"a", re.T), (r"a*", re.T),
    (r"(?a)a", U), (r"(?u)a", A), (rb"(?a)a", L), (r"a", 1 << 12), (r"a", -1),
]

# Template strings for sub/subn/expand on a pattern with groups (1: a, 2: b, 3 named n).
TEMPLATES = [
    r"<\1>", r"<\2\1>", r"\g<1>", r"\g<n>", r"\g<0>", r"\g<3>", r"[\g<n>\g<2>\g<1>]", r"\\",
    r"\n\t\r\f\v\a\b", r"\0", r"\01", r"\012", r"\101", r"\1a", r"\10", r"\11", r"\g<01>",
    r"\x41", r"\u00e9", r"\N{DIGIT ONE}", r"\q", r"\d", r"\g", r"\g<", r"\g<1", r"\g<>",
    r"\g<a b>", r"\g<-1>", r"\g<4>", r"\g<nope>", r"\4", r"\9", r"\400", r"\08", r"\8",
    r"\g<+1>", r"\g<१>", r"\g<1_0>", "\\", "a\\", r"$1", r"\&", r"\g<n>\g<n>", r"\\\1",
    r"plain", r"", r"\'\"", r"\.",
]

MATCH_API = [
    ["group"], ["group", 0], ["group", 1], ["group", 2], ["group", 3], ["group", "n"], ["group", 4],
    ["group", -1], ["group", "zz"], ["group", 1, 2], ["group", 0, "n", 2], ["group", 1.0], ["group", True],
    ["getitem", 0], ["getitem", 2], ["getitem", "n"], ["getitem", 5], ["getitem", "x"],
    ["start"], ["start", 2], ["start", "n"], ["end"], ["end", 3], ["end", 9], ["span"], ["span", 2],
    ["span", "n"], ["span", "q"], ["groups"], ["groups", "D"], ["groupdict"], ["groupdict", "D"],
    ["attr", "lastindex"], ["attr", "lastgroup"], ["attr", "pos"], ["attr", "endpos"], ["attr", "string"],
    ["attr", "regs"], ["attr", "re"], ["expand", "<\\g<n>>"], ["__repr__"], ["start", None],
    ["group", None], ["span", 1, 2], ["groups", 1, 2],
]


def syntax_cases():
    for p, f, subjects in SYNTAX:
        full(p, f, subjects)
    for p, f, subjects in BYTES_SYNTAX:
        full(p, f, subjects)
    # every class escape and anchor on shared str and bytes subjects, with and without ASCII
    for esc in (r"\d", r"\D", r"\w", r"\W", r"\s", r"\S", r"\b", r"\B", r"\A", r"\Z", r"."):
        for f in (0, A, I, A | I, M, S):
            for s in U_SUBJ:
                case(esc, "findall", s, f=f)
                case(esc, "finditer", s, f=f)
            if not f & ~(A | I | M | S):
                for s in B_SUBJ:
                    case(esc.encode(), "findall", s, f=f)
        for s in B_SUBJ:
            case(esc.encode(), "findall", s, f=L)
        # every byte, under each flag bytes patterns take
        for f in (0, L, I, L | I, A, A | I):
            case(esc.encode(), "finditer", bytes(range(256)), f=f)
        for cls in ("[%s]" % esc, "[^%s]" % esc, "[%sx-]" % esc, "[^%s\\s]" % esc):
            if esc in (r"\b", r"\B", r"\A", r"\Z", "."):
                continue
            for f in (0, A, I):
                for s in U_SUBJ[1:]:
                    case(cls, "findall", s, f=f)


def bytes_case_cases():
    """Case-insensitive bytes: every byte against literals, ranges and sets, with and without
    LOCALE (the test runs in the C.UTF-8 locale)."""
    for lit in (rb"a", rb"Z", rb"\xe9", rb"\xc9", rb"[a-z]", rb"[A-Z]", rb"[\xc0-\xde]", rb"[^a-z]", rb"[k\xb5]", rb"(\w)\1"):
        for f in (I, L | I, L):
            case(lit, "findall", bytes(range(256)) + bytes(range(255, -1, -1)), f=f)


def error_cases():
    for p in BAD_PATTERNS:
        case(p, "compile")
        case(p, "compile", f=X)
        case(p.encode("utf-8", "surrogatepass"), "compile")
    for p in BAD_BYTES:
        case(p, "compile")
    for p, f in FLAG_ERRORS:
        case(p, "compile", f=f)
        case(p, "search", "a" if isinstance(p, str) else b"a", f=f)
    # str pattern on bytes and bytes pattern on str
    for op in ("search", "match", "fullmatch", "findall", "finditer", "split"):
        case(r"a", op, b"a")
        case(rb"a", op, "a")
    case(r"a", "sub", b"a", ["-"])
    case(rb"a", "sub", "a", [b"-"])
    case(r"a", "sub", "a", [b"-"])
    case(rb"a", "sub", b"a", ["-"])
    case(r"a", "search", 5)
    case(r"a", "search", None)
    case(r"a", "search", ["a"])


def template_cases():
    pats = [
        (r"(a)(b)?(?P<n>c)", 0, ["abc", "ac xac"]),
        (rb"(a)(b)?(?P<n>c)", 0, [b"abc", b"ac xac"]),
        (r"(?P<n>x)", 0, ["axb"]),
    ]
    for p, f, subjects in pats:
        for t in TEMPLATES:
            for s in subjects:
                tt = tmpl(s, t) if all(ord(c) < 256 for c in t) else t
                case(p, "sub", s, [tt], f=f)
            s = subjects[0]
            tt = tmpl(s, t) if all(ord(c) < 256 for c in t) else t
            case(p, "expand", s, [tt], f=f)
            case(p, "subn", s, [tt, 1], f=f)
    for call in ("brk", "upper", "len", "none", "g1", "int", "span", "last", "swap", "raise"):
        for p, s in ((r"(a)(b)?", "xaby a"), (rb"(a)(b)?", b"xaby a"), (r"x*", "axxb"), (r"(?P<w>\w+)", "hi yo")):
            case(p, "sub", s, [{"call": call}])
            case(p, "subn", s, [{"call": call}, 1])
    # counts and empty matches
    for p, s in ((r"x*", "abxd"), (r"", "abc"), (r"\b", "ab cd"), (r"a|", "bab"), (r"(?=b)|a", "aba")):
        for count in (0, 1, 2, -1, 10):
            case(p, "sub", s, ["-", count])
            case(p, "subn", s, ["<\\g<0>>", count])
    case(r"a", "sub", "aaa", ["-", "2"])
    case(r"a", "sub", "aaa", ["-", 1.5])
    case(r"a", "sub", "aaa", [5])
    case(r"a", "sub", "aaa", [None])


def split_cases():
    pats = [
        (r",", ["a,b,,c", ",", ""]),
        (r"(,)", ["a,b,,c"]),
        (r"(,)|(;)", ["a,b;c"]),
        (r"(?:,)", ["a,b"]),
        (r"x*", ["axbxxc", ""]),
        (r"\b", ["ab cd"]),
        (r"(\b)", ["ab cd"]),
        (r"", ["abc"]),
        (r"(?=b)", ["abab"]),
        (r"(a)?,", ["a,b,c"]),
        (r"\s+", ["  a b  c  "]),
        (r"(?P<s>\s)+", ["a  b"]),
        (r"$", ["a\nb\n"]),
        (r"^", ["a\nb\n"]),
    ]
    for p, subjects in pats:
        for s in subjects:
            for maxsplit in (0, 1, 2, -1, 100):
                case(p, "split", s, [maxsplit])
    case(r"^", "split", "a\nb\n", [0], f=M)
    case(r"$", "split", "a\nb\n", [0], f=M)
    case(rb"(,)", "split", b"a,b,c", [1])
    case(r",", "split", "a,b", ["1"])


def pos_cases():
    pats = [r"a", r"^a", r"a$", r"\Aa", r"a\Z", r"\ba", r"(?<=a)b", r"(?<!a)b", r"", r"a*", r"(?m)^a", r"b\b"]
    subject = "abab\naba"
    positions = [(0,), (1,), (2, 3), (2, 5), (5,), (-1,), (-3, -1), (3, 2), (0, 100), (100,), (4, 4), (0, -100)]
    for p in pats:
        for pos in positions:
            for op in ("search", "match", "fullmatch", "findall", "finditer"):
                case(p, op, subject, list(pos))
    case(r"a", "search", "aaa", ["1"])
    case(r"a", "search", "aaa", [1.0])
    case(r"a", "search", "aaa", [None])


def api_cases():
    for p, s in ((r"(a)(b)?(?P<n>c)", "xac"), (r"(a)(b)?(?P<n>c)", "abc"), (rb"(a)(b)?(?P<n>c)", b"abc"), (r"x", "zxz")):
        case(p, "matchapi", s, MATCH_API)
    for s in ["a.b*c", "héllo wörld", "\t\n\x00 -_#~&", "".join(chr(c) for c in range(32, 127)), "😀\u2028"]:
        case(None, "escape", s)
    for s in [b"a.b*c", b"\x00\xff -_", bytes(range(32, 127))]:
        case(None, "escape", s)
    for name in ("search", "match", "fullmatch", "findall", "finditer", "split"):
        case(r"(a)(b)?", "module", "xab a", [name], f=0)
        case(r"A", "module", "xab a", [name], f=I)
    case(r"a", "module", "bab", ["sub", "<\\g<0>>"], f=0)
    case(r"a", "module", "bab", ["subn", "-", 1], f=0)
    case(r"(a)", "module", "bab", ["split", 1], f=0)
    for p in (r"a", r"(?i)a", rb"a\n", r"a'b", "a\"b", r"(?x)a", r"[\x00-\x7f]"):
        for f in (0, I, M | S, X, A, I | A | S, U):
            if isinstance(p, bytes) and f & U:
                continue
            case(p, "compile", f=f)
    case("a" * 300, "compile")


def call_cases():
    """Argument errors of Pattern and Match methods, bytes-like subjects, big and odd ints."""
    P = r"(a)(b)?"
    calls = [
        ("p", "search", [], {}), ("p", "search", ["a", 1, 2, 3], {}), ("p", "search", ["a"], {"x": 1}),
        ("p", "search", [], {"string": "xab", "pos": 1, "endpos": 3}), ("p", "search", ["a"], {"string": "a"}),
        ("p", "search", [], {"pattern": "a"}), ("p", "search", ["a"], {"pos": 0, "endpos": 1, "x": 2}),
        ("p", "match", [], {}), ("p", "fullmatch", ["ab"], {"endpos": 1}), ("p", "findall", [], {}),
        ("p", "findall", ["aab", 0, 1, 2], {}), ("p", "findall", ["aab"], {"pos": 1}), ("p", "finditer", [], {"string": "aab"}),
        ("p", "split", [], {}), ("p", "split", ["aab", 1, 2], {}), ("p", "split", ["aab"], {"maxsplit": 1}),
        ("p", "split", ["aab"], {"maxsplit": 1, "string": "x"}), ("p", "sub", ["a"], {}), ("p", "sub", ["a", "b", 1, 2], {}),
        ("p", "sub", [], {"repl": "x", "string": "aab", "count": 1}), ("p", "subn", [], {}), ("p", "subn", ["x"], {"count": 1}),
        ("p", "scanner", [], {}), ("p", "__copy__", [1], {}), ("p", "__copy__", [], {}), ("p", "__deepcopy__", [], {}),
        ("p", "__deepcopy__", [{}], {}), ("p", "search", ["aab", "x"], {}), ("p", "search", ["aab", 0, "x"], {}),
        ("p", "split", ["aab", "x"], {}), ("p", "sub", ["x", "aab", "x"], {}), ("p", "search", ["aab", {"big": 70}], {}),
        ("p", "search", ["aab", -(2 ** 62)], {}), ("p", "split", ["aab", {"big": 70}], {}), ("p", "sub", ["x", "aab", {"big": 70}], {}),
        ("p", "search", ["aab", True, 3], {}), ("p", "search", ["aab", 1.5], {}),
        ("p", "search", [{"ba": "ab"}], {}), ("p", "findall", [{"mv": "ab"}], {}),
        ("m", "span", [1, 2], {}), ("m", "start", [1, 2], {}), ("m", "end", [1, 2], {}), ("m", "groups", [1, 2], {}),
        ("m", "groupdict", [1, 2], {}), ("m", "expand", [], {}), ("m", "expand", ["a", "b"], {}),
        ("m", "span", [], {"group": 1}), ("m", "start", [], {"group": 1}), ("m", "groups", [], {"default": 1}),
        ("m", "groupdict", [], {"default": 1}), ("m", "expand", [], {"template": "\\1"}), ("m", "groups", [], {"x": 1}),
        ("m", "__copy__", [1], {}), ("m", "__deepcopy__", [], {}), ("m", "__copy__", [], {}), ("m", "__deepcopy__", [{}], {}),
        # (Match.group's keyword error names it "group()" or "Match.group()" depending on
        # how CPython's call reaches it, so it is left out.)
        ("m", "start", [1.5], {}), ("m", "span", [[]], {}), ("m", "__getitem__", [1.5], {}), ("m", "__getitem__", [None], {}),
        ("m", "group", [{"big": 70}], {}), ("m", "span", [-1], {}), ("m", "start", [True], {}), ("m", "end", [False], {}),
        ("sc", "match", [], {}), ("sc", "search", [], {}), ("sc", "match", [1], {}), ("sc", "search", [], {"x": 1}),
        ("re", "compile", ["a", "x"], {}), ("re", "compile", [5], {}), ("re", "search", ["a", "a"], {"flags": "x"}),
        ("re", "escape", [5], {}), ("re", "compile", [{"ba": "a+"}], {}), ("re", "compile", ["a"], {"flags": {"big": 70}}),
        ("re", "sub", ["a", {"call": "brk"}, "bab"], {"count": 1}), ("re", "subn", ["a", "-", "bab", 1, 0], {}),
        ("re", "split", ["a", "bab"], {"maxsplit": 1}), ("re", "findall", ["a", "bab", re.I], {}),
        ("re", "fullmatch", ["a", "A"], {"flags": re.I}), ("re", "purge", [], {}), ("re", "template", ["a"], {}),
        ("re", "compile", [{"rx": "a"}], {}), ("re", "compile", [{"rx": "a"}, re.I], {}),
    ]
    for target, name, args, kwargs in calls:
        case(P, "call", "xab", [target, name, args, kwargs])
    for g in ([], {"big": 70}, -1, 1.5, None, "zz", b"n", "n"):
        case(r"(?P<n>a)(b)?", "call", "ab", ["m", "span", [g], {}])
    for target, name, args, kwargs in [
        ("p", "search", [{"ba": "xab"}], {}), ("p", "search", [{"mv": "xab"}], {}), ("p", "findall", [{"ba": "abab"}], {}),
        ("p", "split", [{"ba": "xabx"}], {}), ("p", "sub", [b"-", {"ba": "xabx"}], {}), ("p", "sub", [{"ba": "\\1"}, b"xabx"], {}),
        ("p", "sub", [{"mv": "-"}, b"xabx"], {}), ("p", "subn", [{"call": "brk"}, {"ba": "xab"}], {}),
        ("p", "finditer", [{"mv": "abab"}], {}), ("p", "fullmatch", [{"ba": "ab"}], {}),
    ]:
        case(P.encode(), "call", b"", [target, name, args, kwargs])
    for s in ({"ba": "xab"}, {"mv": "xab"}):
        for name in ("group", "groups", "span", "__repr__"):
            case(P.encode(), "call", s, ["m", name, [], {}])
        case(P.encode(), "call", s, ["m", "expand", [b"<\\1>"], {}])
        case(P.encode(), "call", s, ["m", "__getattribute__", ["string"], {}])


# Expressions over re, p = re.compile(r"(?P<a>x)(y)?") and s = "xy": the Pattern and Match
# types, copying and pickling, representations, re.DEBUG's dump, deep nesting, many groups,
# long subjects and re.error itself.
EXPRS = [
    "re.compile('('*100 + ')'*100).groups", "raises(lambda: re.compile('(?:'*1000 + ')'*1000))", "re.compile('(' * 40 + ')' * 40).groups",
    "re.compile(''.join('(%d)' % i for i in range(200))).match(''.join(str(i) for i in range(200))).group(150)",
    "re.sub(''.join('(%d)' % i for i in range(120)), r'\\g<110>-\\110', ''.join(str(i) for i in range(120)))",
    "re.compile('(a)' * 101).match('a' * 101).lastindex",
    "copy.copy(p) is p", "copy.deepcopy(p) is p", "pickle.loads(pickle.dumps(p)) == p", "pickle.loads(pickle.dumps(p)).groupindex",
    "copy.copy(p.match(s)) is p.match(s)", "pickle.dumps(p.match(s))",
    "p == re.compile(r'(?P<a>x)(y)?')", "p == re.compile(r'(?P<a>x)(y)?', re.I)", "p != re.compile(r'(?P<a>x)(y)')",
    "p == re.compile(rb'(?P<a>x)(y)?')", "p == 5", "hash(p) == hash(re.compile(r'(?P<a>x)(y)?'))",
    "re.Pattern()", "re.Match()", "type('X', (re.Pattern,), {})", "type('X', (re.Match,), {})", "re.Match[str]", "re.Pattern[bytes]",
    "p.groupindex", "type(p.groupindex).__name__", "p.groupindex['a']", "re.compile(b'(?P<a>x)').groupindex", "p.groupindex.__setitem__",
    "re.match('a(?:a|b)*', 'a' * 50000 + 'b').end()", "re.match('(a|b)*', 'ab' * 30000).span(1)",
    "re.match('(?:(a)|b)*c', 'ab' * 30000 + 'c').span(1)", "re.search('x+x+x+y', 'x' * 300)", "re.fullmatch('(a*)*b', 'a' * 20)",
    "re.match('(?:a|bc)*?d', 'bc' * 20000 + 'd').end()", "len(re.findall('.', 'é' * 100000))", "re.sub('a', 'bb', 'a' * 50000).count('b')",
    "re.compile('a(b)c|d', re.DEBUG)", "re.compile(r'(?i)[a-f\\d]+?(?=x)|^\\b(?P<n>y){2,3}$', re.DEBUG)",
    "re.compile(r'(?>a+)b*+(?(1)c|d)(?<=x)\\Z', re.DEBUG | re.M)", "re.compile(rb'[^\\x00-\\x7f\\w]', re.DEBUG)",
    "[m.span() for m in iter(p.scanner('xyxax').search, None)]",
    "(lambda sc: [sc.search(), sc.search(), sc.search()])(p.scanner('xyxx'))",
    "(lambda sc: [sc.match(), sc.match(), sc.match()])(p.scanner('xyxxz'))",
    "(lambda sc: [sc.match(), sc.search()])(re.compile('').scanner('ab'))", "p.scanner(s).pattern is p",
    "str(re.error('msg', 'pat', 3))", "str(re.error('msg', 'ab\\ncd', 4))", "re.error('msg', 'ab\\ncd', 4).lineno",
    "re.error('msg').pos", "re.error('m', b'a\\nb', 2).colno", "str(re.error('m', b'a\\nb', 2))", "re.error is re.PatternError if hasattr(re, 'PatternError') else re.error.__name__",
    "re.error.__module__", "re.error.__mro__", "(lambda e: (e.msg, e.pattern, e.pos, e.lineno, e.colno))(re.error('x', 'a\\nbc\\nd', 6))",
    "p.match('xy').regs", "p.match('x').regs", "re.compile('a').search('ba').re", "repr(re.compile('a' * 300))",
    "repr(re.compile(b'\\xff\\n', re.I | re.M))", "repr(re.compile('a', re.I | re.S | re.M | re.X | re.A))",
    "repr(re.compile('a', re.U))", "repr(re.compile(b'a', re.L))", "repr(re.compile('a', re.T))", "repr(re.compile('a', re.DEBUG))",
    "repr(re.compile('(?i)a'))", "repr(re.compile('\\'\\\\n'))", "repr(re.compile('\\u2028😀\\x7f'))", "re.compile('(?i)a').flags",
    "re.compile(b'a').flags", "re.compile('(?x)(?s)a').flags", "repr(re.compile('.*').match('x' * 100))",
    "repr(re.compile(b'.*').match(b'\\x00\\xff' * 30))", "repr(re.compile('.*').match('é\\n' * 30, 0, 20))",
    "re.compile('a').split('a' * 5)", "re.findall('', 'ab')", "re.sub('', '-', 'ab')", "re.subn('(?:)', '\\\\g<0>', '')",
    "re.compile(r'(?P<n>a)').sub(r'\\g<n>\\g<1>', 'a')", "p.__class__.__name__", "p.__class__.__module__",
    "p.search('x').__class__.__qualname__", "repr(re.compile('a').scanner('a').__class__)", "type(re.finditer('a', 'a')).__name__",
    "re.compile('a|b').sub(lambda m: m.group().upper(), 'abc')", "re.sub('a', 'b', 'a', 1, re.I)", "re.split('a', 'bab', 1, re.I)",
    "[re.compile(chr(c), re.I).findall(''.join(chr(x) for x in range(0x2126, 0x2130))) for c in (0x3c9, 0x2126, 0x6b, 0xe5)]",
    "re.match(r'(?<=a)', 'a', 1)", "re.compile(r'\\d', re.A).pattern", "re.template('a').pattern", "re.template('a*')",
    "re.compile('x').search(type('S', (str,), {})('axb'))", "re.compile(b'x').search(type('B', (bytes,), {})(b'axb'))",
    "re.compile('x').search('axb', type('I', (), {'__index__': lambda self: 1})())",
    "type(re.compile('(x)').search(type('S', (str,), {})('axb')).group(1)).__name__",
    "re.compile('x').sub(type('S', (str,), {})('-'), 'axb')", "re.purge()", "re.compile(p) is p", "re.compile(p, re.I)",
    "re.search(p, 'xy').span()", "re.sub(p, '-', 'axy')", "re.escape(b'a-b\\xff')", "re.compile('a').fullmatch('a', 1)",
    "list(re.RegexFlag)", "re.I | re.M", "~re.I", "re.RegexFlag(0)", "re.RegexFlag(3)", "repr(re.I | re.T)", "re.NOFLAG",
    "re.compile('a').search('a' * 10, 3, 5).span()", "re.compile('$').search('ab\\n', 0, 2).span()",
    "re.compile(r'\\Z').search('ab', 0, 1).span()", "re.compile('^').findall('a\\nb', 1)", "re.compile('(?m)^').findall('a\\nb', 1)",
    "re.compile('(?<=a)b').search('ab', 1).span()", "re.compile(r'a\\b').search('ab', 0, 1)", "re.compile(r'a\\b').search('ab', 1)",
]

# Lone surrogates, astral characters, re.Scanner and str subclasses.
EXPRS += [
    r"re.Scanner([(r'[a-z]+', lambda s, t: ('id', t)), (r'\d+', lambda s, t: ('num', int(t))), (r'\s+', None),"
    r" (r'[+*()-]', lambda s, t: t)]).scan('foo + 12*(bar - 3) ?x')",
    r"re.Scanner([(r'(a)(b)?', lambda s, t: (s.match.lastindex, t)), (r'.', None)]).scan('xaab')",
    r"re.findall('[\ud800-\udfff]', 'a\ud800b\udc00c\U0001f600')", r"re.sub('\ud83d', 'X', '\ud83d\ude00 \U0001f600')",
    r"re.search('\ud83d\ude00', '\U0001f600')", r"re.split('(\udc00)', 'a\udc00b')", r"re.escape('\ud800\U0001f600')",
    r"re.match('(?i)\ud801\udc00', '\ud801\udc28')", r"re.findall('.', '\ud83d\ude00')",
    r"[m.span() for m in re.finditer('\\w|\ud800', '\xe9\ud800\U0001f600x')]",
    r"(lambda S: (type(re.compile(S('a+')).pattern).__name__, re.compile(S('a+')).findall('aab')))(type('S', (str,), {}))",
    r"re.fullmatch(r'(?x) a  \# b [ ] c', 'a# b c')", r"re.findall(r'(?m)^\s*$', 'a\n\n  \nb')",
    r"re.findall(r'\b\w+\b', 'foo\U0001f600bar \U0001d518\U0001d52b x')", r"re.findall(r'[^\x00-\x7f]', 'a\U0001f600b\xe9\U0010ffff')",
    r"re.sub(r'', '|', '\U0001f600a\U0001f600')", r"re.split(r'(?<=\U0001f600)', 'a\U0001f600b\U0001f600')",
    r"[m.span() for m in re.finditer(r'\U0001f600*', 'a\U0001f600\U0001f600b')]",
    r"re.sub(r'(?<=\U0001f600)(.)', r'[\1]', '\U0001f600a\U0001f600\U0001f600')",
    r"re.match(r'(.)(.)', '\U0001f600\U0001f601').groups()", r"re.compile(r'(?i)\U00010400+').findall('\U00010428\U00010400')",
]

# The _sre module itself, as Lib/re/_compiler.py and _parser.py use it.
_SRE_COMPILE_ARGS = [
    "'a', 0, ['x'], 0, {}, (None,)", "'a', 0, [-1], 0, {}, (None,)", "'a', 0, [2**32], 0, {}, (None,)",
    "'a', 0, (1,), 0, {}, (None,)", "'a', 0, [], 0, {}, [None]", "'a', 0, [], 'x', {}, (None,)",
    "'a', 'x', [], 0, {}, (None,)", "'a', 2**40, [], 0, {}, (None,)", "5, 0, [1], 0, {}, (None,)",
    "'a', 0, [1], 0, [], (None,)", "'a', 0, [], 2**70, {}, (None,)", "None, 0, [], 0, {}, (None,)",
    "bytearray(b'a'), 0, [], 0, {}, (None,)", "'a', 0, [1, 2, 3], 0, {}, (None,)",
]
EXPRS += ["__import__('_sre').compile(%s)" % a for a in _SRE_COMPILE_ARGS] + [
    "sorted(n for n in dir(__import__('_sre')) if not n.startswith('__'))",
    "(lambda m: (m.MAGIC, m.CODESIZE, m.MAXREPEAT, m.MAXGROUPS, m.getcodesize(), m.copyright))(__import__('_sre'))",
    "[__import__('_sre').ascii_iscased(c) for c in (65, 97, 48, 0xe9, 0x212a)]",
    "[__import__('_sre').unicode_iscased(c) for c in (65, 0x212a, 0x1c5, 0x2160, 48, 0x10ffff)]",
    "[__import__('_sre').ascii_tolower(c) for c in (65, 0xc9, 0x212a, -1)]",
    "[__import__('_sre').unicode_tolower(c) for c in (65, 0xc9, 0x212a, 0x130, 0x1e9e, 0x10400, -1)]",
    "__import__('_sre').ascii_tolower('a')", "__import__('_sre').unicode_tolower(2**40)", "__import__('_sre').unicode_iscased()",
    "__import__('_sre').compile()", "__import__('_sre').compile('a')", "__import__('_sre').getcodesize(1)",
    "__import__('_sre').ascii_tolower(1, 2)", "__import__('_sre').unicode_tolower(character=1)",
    "__import__('_sre').compile(pattern='a', flags=0, code=[], groups=0, groupindex={}, indexgroup=(None,))",
    "(lambda f: (type(f).__name__, f.__module__, f.__qualname__))(__import__('_sre').compile)",
]

EXPRS += [
    "type(__import__('weakref').ref(p)).__name__", "__import__('weakref').ref(p.match(s))",
    "__import__('weakref').ref(p.scanner(s))", "setattr(p, 'x', 1)", "setattr(p.match(s), 'pos', 1)",
    "setattr(p, 'flags', 1)", "hasattr(p, '__dict__')", "[n for n in dir(p) if not n.startswith('__')]",
    "[n for n in dir(p.match(s)) if not n.startswith('__')]", "[n for n in dir(p.scanner(s)) if not n.startswith('__')]",
    "(p.search.__qualname__, re.Match.group.__qualname__, type(re.Pattern.search).__name__, type(re.Match.pos).__name__)",
]

# Pattern hashes (the corpus runs with PYTHONHASHSEED=0, where str and bytes hashes are fixed).
EXPRS += [
    "[hash(re.compile(x, f)) for x in ('a', '(?i)x+y', '', 'a' * 100, '(?P<n>[\\w\u0100-\uffff]+)\\1') for f in (0, re.I, re.M | re.S)]",
    "[hash(re.compile(x, f)) for x in (b'a', b'[\\x80-\\xff]+', b'') for f in (0, re.I, re.L)]",
    "hash(p) == hash(re.compile(p.pattern)) and hash(p) != hash(re.compile(p.pattern, re.I))",
]


def expr_cases():
    for e in EXPRS:
        case(r"(?P<a>x)(y)?", "expr", "xy", [e])


# ---- random patterns --------------------------------------------------------------

R_ATOMS = ["a", "b", "c", ".", "[ab]", "[^b]", "[a-c]", r"\w", r"\W", r"\d", r"\s", r"\S", r"\b", r"\B",
           "^", "$", r"\A", r"\Z", "é", "É", "k", "K", "ß", "σ", r"\n", "[^\\s]", "x"]
R_QUANT = ["*", "+", "?", "*?", "+?", "??", "{2}", "{1,3}", "{,2}", "{2,}", "{0,1}?", "*+", "++", "?+", "{1,2}+"]


def r_pattern(rng, depth=0, groups=None, names=None):
    groups = [0] if groups is None else groups
    names = [] if names is None else names
    parts = []
    for _ in range(rng.randint(1, 4)):
        r = rng.random()
        quantifiable = True
        if depth < 3 and r < 0.25:
            kind = rng.choice(["(", "(?:", "(?>", "(?P<", "(?i:", "(?-i:", "(?s:", "(?m:", "(?a:", "(?x:"])
            open_ = kind
            if kind == "(?P<":
                name = "g%d" % len(names)
                names.append(name)
                open_ = "(?P<%s>" % name
            inner = r_pattern(rng, depth + 1, groups, names)
            if rng.random() < 0.3:
                inner += "|" + r_pattern(rng, depth + 1, groups, names)
            if kind in ("(", "(?P<"):
                groups[0] += 1
            atom = open_ + inner + ")"
        elif r < 0.30 and groups[0]:
            atom = "\\%d" % rng.randint(1, groups[0])
        elif r < 0.32 and names:
            atom = "(?P=%s)" % rng.choice(names)
        elif r < 0.36 and groups[0]:
            atom = "(?(%d)%s|%s)" % (rng.randint(1, groups[0]), rng.choice(R_ATOMS[:8]), rng.choice(R_ATOMS[:8]))
        elif r < 0.42:
            look = rng.choice(["(?=", "(?!", "(?<=", "(?<!"])
            body = rng.choice(["a", "b", "ab", "[ab]", r"\w", r"\d", "a|b", "é", r"\s"])
            atom = look + body + ")"
            quantifiable = False
        else:
            atom = rng.choice(R_ATOMS)
            quantifiable = atom not in ("^", "$", r"\A", r"\Z", r"\b", r"\B")
        if quantifiable and rng.random() < 0.4:
            atom += rng.choice(R_QUANT)
        parts.append(atom)
    s = "".join(parts)
    if depth == 0 and rng.random() < 0.2:
        s += "|" + r_pattern(rng, 1, groups, names)
    return s


def r_subject(rng):
    return "".join(rng.choice("aabbcxkKé É1 \nßσΣς\u212a") for _ in range(rng.randint(0, 12)))


def random_cases():
    rng = random.Random(311)
    n = 0
    while n < 600:
        p = r_pattern(rng)
        f = rng.choice([0, 0, 0, I, M, S, A, I | A, X, I | M | S])
        try:
            re.compile(p, f)
        except (re.error, OverflowError, RecursionError):
            case(p, "compile", f=f)
            continue
        n += 1
        subjects = [r_subject(rng) for _ in range(3)]
        if n % 4 == 0:
            pb = p.encode("utf-8")
            if all(ord(c) < 128 for c in p) and not f & U:
                for s in subjects:
                    sb = s.encode("latin-1", "replace")
                    case(pb, "search", sb, f=f)
                    case(pb, "findall", sb, f=f)
                continue
        light(p, f, subjects)
        case(p, "subn", subjects[0], ["<\\g<0>>"], f=f)


def mutation_cases():
    """Random patterns with characters inserted, deleted or reversed, mostly bad ones: the
    parser's error messages and positions, str and bytes; and random templates."""
    rng = random.Random(3)
    alphabet = "()[]{}?*+|^$\\.-:=!<>Pi#x0123aA,bdwsSBZ'"
    for _ in range(500):
        p = r_pattern(rng)
        for _ in range(rng.randint(1, 3)):
            k = rng.randrange(len(p) + 1)
            r = rng.random()
            if r < 0.4:
                p = p[:k] + rng.choice(alphabet) + p[k:]
            elif r < 0.8:
                p = p[:k] + p[k + 1:]
            else:
                p = p[:k] + p[k:][::-1]
        f = rng.choice([0, X, I, A])
        case(p, "compile", f=f)
        case(p.encode("utf-8"), "compile", f=f & ~A)
        t = "".join(rng.choice("\\g<>1n0a{}") for _ in range(rng.randint(1, 6)))
        case(r"(a)(?P<n>b)?", "sub", "ab a", [t])


def reused_cases():
    """The engine-level corpus's patterns, now through the whole of `re`."""
    for p, f, subjects in gen_sre.HAND:
        light(p, f, list(subjects)[:4])
    rng = random.Random(20220615)
    for _ in range(250):
        p = gen_sre.rand_pattern(rng)
        f = rng.choice([0, 0, 0, I, M, S, A])
        light(p, f, [gen_sre.rand_subject(rng) for _ in range(2)])


def main():
    syntax_cases()
    bytes_case_cases()
    error_cases()
    template_cases()
    split_cases()
    pos_cases()
    api_cases()
    call_cases()
    expr_cases()
    random_cases()
    mutation_cases()
    reused_cases()
    corpus = os.path.join(DIR, "corpus.py")
    expected = os.path.join(DIR, "corpus.expected")
    with open(corpus, "w", encoding="utf-8") as f:
        f.write("# Generated by scripts/gen_sre_differential.py; do not edit.\n")
        f.write("# (pattern, flags, operation, subject, arguments): see driver.py.\n")
        f.write("CASES = [\n")
        for c in cases:
            f.write(f"    {c!r},\n")
        f.write("]\n")
    # CPython's results come from the same driver in a fresh process, exactly as the test
    # runs it under Swallow (the order of compilations decides which cases see warnings).
    # The environment of tests/python/harness.ts's scriptEnv, which the test runs Swallow in
    # (the C.UTF-8 locale decides what re.LOCALE patterns match).
    env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8",
               PYTHONDONTWRITEBYTECODE="1")
    out = subprocess.run(
        [sys.executable, os.path.join(DIR, "driver.py"), corpus],
        check=True, capture_output=True, text=True, env=env,
    ).stdout
    lines = out.splitlines()
    assert len(lines) == len(cases), (len(lines), len(cases))
    with open(expected, "w", encoding="utf-8") as f:
        f.write(out)
    ops = {}
    for c in cases:
        ops[c[2]] = ops.get(c[2], 0) + 1
    errors = sum(1 for line in lines if line.startswith("('raised',"))
    print(f"{len(cases)} cases ({errors} raise) -> {corpus}")
    print(", ".join(f"{k} {v}" for k, v in sorted(ops.items())))


if __name__ == "__main__":
    main()
