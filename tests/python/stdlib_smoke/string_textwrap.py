import string, textwrap
print(string.ascii_letters, string.digits, string.punctuation, string.capwords('hello   big world'))
t = string.Template('$who likes ${what}')
print(t.substitute(who='tim', what='kung pao'), t.safe_substitute(who='x'))
text = 'The quick brown fox jumps over the lazy dog. ' * 3
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, 40))
print(textwrap.dedent('    a\n      b\n    c'), textwrap.indent('x\ny', '> '), textwrap.shorten(text, 30))
