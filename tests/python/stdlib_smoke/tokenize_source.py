# tokenize: strings, f-strings, comments, continuation lines, operators, encodings, errors;
# token and keyword tables.
import io
import keyword
import token
import tokenize

src = '''\
# -*- coding: utf-8 -*-
def f(a, b=0x1F, *c):  # comment
    s = 'x' "y" r'\\d' b"\\x00" f"{a!r:>{b}}" u'ü'
    t = """multi
line""" + \\
        1.5e-3j
    if a <= b != c ** 2 // 3 @ d:
        return [a,
                b]   # trailing
    x: int = -1 ... ; y @= 2 >>= 3 -> 4 := 5

    return ~x
'''
for tok in tokenize.generate_tokens(io.StringIO(src).readline):
    print(token.tok_name[tok.type], repr(tok.string), tok.start, tok.end,
          token.tok_name[tok.exact_type] if tok.type == token.OP else "")

# bytes interface: ENCODING token first, detect_encoding with a cookie and a BOM
data = b"# coding: latin-1\nx = '\xe9'\n"
toks = list(tokenize.tokenize(io.BytesIO(data).readline))
print(toks[0].string, [t.string for t in toks[1:]])
print(tokenize.detect_encoding(io.BytesIO(b"\xef\xbb\xbfx = 1\n").readline))
print(tokenize.detect_encoding(io.BytesIO(b"#!/usr/bin/python\n# vim: set fileencoding=ascii :\n").readline))
try:
    tokenize.detect_encoding(io.BytesIO(b"# coding: bogus\n").readline)
except SyntaxError as e:
    print("SyntaxError", e)
try:
    tokenize.detect_encoding(io.BytesIO(b"\xef\xbb\xbf# coding: latin-1\n").readline)
except SyntaxError as e:
    print("SyntaxError", e)

# untokenize round trip (full tuples give the same source)
toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
print(tokenize.untokenize(toks) == src)
print(repr(tokenize.untokenize([(t.type, t.string) for t in toks][:12])))

# errors
for bad in ["x = (1,\n", "'''abc\n", "  x\n y\n", "s = 'abc\n", "a = 1 \\\n"]:
    try:
        for t in tokenize.generate_tokens(io.StringIO(bad).readline):
            pass
        print("no error", token.tok_name[t.type])
    except (tokenize.TokenError, IndentationError, SyntaxError) as e:
        print(type(e).__name__, e.args)
print(list(tokenize.generate_tokens(io.StringIO("$ ?").readline))[:3])

# token module
print(token.NAME, token.OP, token.ENDMARKER, token.N_TOKENS, token.NT_OFFSET)
print(token.ISTERMINAL(token.NAME), token.ISNONTERMINAL(300), token.ISEOF(token.ENDMARKER))
print(sorted(token.EXACT_TOKEN_TYPES.items())[:10])
print(token.tok_name[token.COMMENT], token.tok_name[token.NL], token.tok_name[token.TYPE_COMMENT])
print(tokenize.TokenInfo(1, "x", (1, 0), (1, 1), "x\n"))

# keyword module
print(len(keyword.kwlist), keyword.kwlist[:6], keyword.softkwlist)
print(keyword.iskeyword("async"), keyword.iskeyword("match"), keyword.issoftkeyword("match"),
      keyword.iskeyword("True"), keyword.iskeyword("print"))
