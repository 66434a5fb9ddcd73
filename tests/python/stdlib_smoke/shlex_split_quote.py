# shlex: split in POSIX and non-POSIX modes, comments, quote/join round trips, the lexer's
# token-level API (wordchars, punctuation_chars, whitespace_split, push_token, sourcehook
# is not used) and error messages for unterminated quotes and escapes.
import io
import shlex

for s in [
    "a b  c",
    "  leading and trailing  ",
    "'single quoted' \"double quoted\"",
    "a\\ b c",
    "\"a \\\"nested\\\" b\" 'it'\"'\"'s'",
    "x='y z' w",
    "echo $HOME \"$HOME\" '$HOME'",
    "a # comment here",
    "tab\tseparated\nnewline",
    "'' \"\" empty",
    "\"back\\\\slash\" 'back\\\\slash'",
    "unicode ñandú 'ü ö'",
    "a;b|c&&d",
]:
    print(repr(s))
    print("  posix   ", shlex.split(s))
    print("  comments", shlex.split(s, comments=True))
    print("  nonposix", shlex.split(s, posix=False))

for bad in ["'unterminated", '"also', "trailing\\", "ok \"x\\"]:
    for posix in (True, False):
        try:
            print(repr(bad), posix, shlex.split(bad, posix=posix))
        except ValueError as e:
            print(repr(bad), posix, "ValueError:", e)
try:
    shlex.split(None)
except ValueError as e:
    print("None:", e)

for s in ["", "safe", "has space", "it's", "$var", "a\"b", "--flag=1", "ü", "@%+=:,./-", "a\nb"]:
    q = shlex.quote(s)
    print(repr(s), "->", q, shlex.split(q) == [s])
args = ["ls", "-l", "my file", "it's", ""]
joined = shlex.join(args)
print(joined, shlex.split(joined) == args)

# token API
lx = shlex.shlex("a=b, c+d (e)", punctuation_chars=True)
print(list(lx))
lx = shlex.shlex("a && b || c; d > out 2>&1", posix=True, punctuation_chars=True)
print(list(lx))
lx = shlex.shlex("foo.bar-baz x/y", posix=True)
print(list(lx))
lx = shlex.shlex("foo.bar-baz x/y", posix=True)
lx.wordchars += ".-/"
print(list(lx))
lx = shlex.shlex("one two three")
print(lx.get_token(), end=" ")
lx.push_token("pushed")
print(lx.get_token(), lx.get_token(), lx.lineno)
lx = shlex.shlex(io.StringIO("first\nsecond # c\nthird"), posix=True)
toks = []
while (t := lx.get_token()) != lx.eof:
    toks.append((t, lx.lineno))
print(toks, repr(lx.eof))
lx = shlex.shlex("a,b,c", posix=True)
lx.whitespace = ","
lx.whitespace_split = True
print(list(lx))
lx = shlex.shlex("x 'y z'")
print(list(lx), lx.quotes, repr(lx.escape))
lx = shlex.shlex("a 'b")
try:
    print(list(lx))
except ValueError as e:
    print("ValueError:", e)
