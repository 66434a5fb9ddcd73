# repr() and format specs of strs: plain ASCII takes a short path; quotes, backslashes,
# control characters, non-ASCII, astral characters and astral fill characters do not.
samples = [
    "", "a", "hello world", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\there",
    "new\nline", "\r\x00\x1f", "\x7f\x80\xa0", "caf\xe9", "\u200b\u2028", "a\U0001F600b",
    "\U0001F600", "'", '"', "'\"", "\\", " ~", "[]{}^_`|",
]
for s in samples:
    r = repr(s)
    print(r, len(r), ascii(s), f"{s!r}", f"{s!r:>12}|", f"{s!s:<6}|")
for s in ["x", "ab", "\U0001F600", ""]:
    for spec in [">4", "<4", "^5", "*^7", "\U0001F600>4", "\U0001F600^5", ".1", ">1", "=<3"]:
        try:
            out = format(s, spec)
            print(repr(spec), repr(out), len(out))
        except ValueError as e:
            print(repr(spec), "ValueError:", e)
print(len(repr("\U0001F600")), repr("\U0001F600")[1:-1] == "\U0001F600")
print([repr(c) for c in "a'\"\\"])
