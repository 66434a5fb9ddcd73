# textwrap: TextWrapper options (widths, indents, tabs, long words, hyphens, sentence
# endings, max_lines/placeholder, drop_whitespace), shorten, dedent/indent corners.
import textwrap

text = ("The quick brown fox jumps over the lazy dog. A well-known pangram; it uses every "
        "letter. Supercalifragilisticexpialidocious words are long-winded and hyphen-ated.\t"
        "Tabs\there too.  Two spaces.")
for width in [1, 5, 12, 30, 80]:
    print(width, textwrap.wrap(text, width=width)[:6])
w = textwrap.TextWrapper(width=25, initial_indent="* ", subsequent_indent="  ", expand_tabs=True,
                         tabsize=4, replace_whitespace=True, fix_sentence_endings=True)
print(w.fill(text))
print(textwrap.fill(text, 20, break_long_words=False))
print(textwrap.fill(text, 20, break_on_hyphens=False))
print(textwrap.wrap("a-b-c-d-e-f-g-h", 3), textwrap.wrap("--option-name --other", 8))
print(textwrap.wrap(text, 30, max_lines=3), textwrap.wrap(text, 30, max_lines=2, placeholder=" [more]"))
print(textwrap.wrap("  leading and trailing  ", 10, drop_whitespace=False))
print(textwrap.wrap("line one\nline two\n\nthree", 40), textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.wrap("x\ty", 40, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap("Mr. Smith went.  Then he left! Yes? ok", 100, fix_sentence_endings=True))
print(textwrap.wrap("東京は日本の首都です。" * 3, 10), textwrap.wrap("naïve café résumé", 6))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print("ValueError", e)
try:
    textwrap.wrap("abc def", 4, max_lines=1, placeholder=" [...]")
except ValueError as e:
    print("ValueError", e)
try:
    textwrap.TextWrapper(width=3, initial_indent="    ", max_lines=1).wrap("abcdef")
except ValueError as e:
    print("ValueError", e)
print(textwrap.shorten("Hello  world!", 12), textwrap.shorten("Hello world!", 11),
      textwrap.shorten("Hello world", 5, placeholder=".."), repr(textwrap.shorten("   ", 5)))
print(repr(textwrap.dedent("    a\n      b\n\n    c\n")), repr(textwrap.dedent("  a\n\tb\n")))
print(repr(textwrap.dedent("  \n  x\n   \n")), repr(textwrap.dedent("\ta\n\t\tb")), repr(textwrap.dedent("")))
print(repr(textwrap.indent("a\n\nb\n  \n", "> ")), repr(textwrap.indent("a\nb", "+", lambda l: True)))
print(repr(textwrap.indent("x\r\ny\r\n", "- ")))
ww = textwrap.TextWrapper(width=10)
print(ww.wrap("one two three"), ww.width, ww.wordsep_re.pattern[:20])
print(textwrap.TextWrapper(width=15, tabsize=0).wrap("a\tb\tc"))
