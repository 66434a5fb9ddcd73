import string
f = string.Formatter()
print(f.format('{0}-{x}', 1, x=2), list(f.parse('a{0:>3}b{x!r}')))
print(string.ascii_lowercase[::5], string.hexdigits, string.octdigits, repr(string.whitespace))
