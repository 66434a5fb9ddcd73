# tokenize edge cases: numbers, prefixes, whitespace, CRLF, form feeds, dedent errors, error
# tokens, unterminated strings and brackets, bytes input with a BOM or undecodable bytes.
import io, tokenize, token
def toks(s):
    try:
        return [(token.tok_name[t.type], t.string, t.start, t.end) for t in tokenize.generate_tokens(io.StringIO(s).readline)]
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
for s in ["x = 1\n", "if x:\n\tpass\n  \n# c\n", "a = '''\n'''\n", "1e 1j 0b12 0o8 0x 1__0 1_ 09 00 1.e5 .5j 1if x else y\n",
          "x = $\n", "print(f'{a!r}')\n", "\\\n", "x\\\ny\n", "a\n\n\n", "  \n", "'a\\\nb'\n", "é = 1\n", "€ = 1\n",
          "x = 1 # comment\r\ny = 2\r\n", "...\n", "->\n", "!= <> ** //= >>= <<= := ~ ^= |=\n", "a = (\n1,\n# c\n2)\n",
          "def f():\n    '''doc'''\n        \n    return\n", "\x0cx = 1\n", "if 1:\n  x\n    y\n", "0_7 0b_1 0x_f 1e1_0\n",
          "rb'x' Rb'x' bR'x' BR'x' f'x' F'x' fr'x' rf'x' U'x'\n", "'unterminated\n", '"""\nabc', "x = [1,\n", "a\x00b\n"]:
    print(repr(s), toks(s))
print(tokenize.untokenize(tokenize.generate_tokens(io.StringIO("if x:\n    y = [1,\n  2]\n").readline)))
print(list(tokenize.tokenize(io.BytesIO(b"\xef\xbb\xbfx\n").readline))[:2])
try:
    list(tokenize.tokenize(io.BytesIO(b"x = '\xff'\n").readline))
except Exception as e:
    print(type(e).__name__, e)
print(tokenize.open.__name__)
import keyword; print(keyword.__all__)
