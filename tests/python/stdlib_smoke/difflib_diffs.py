# difflib: unified/context/ndiff output, SequenceMatcher internals and ratios,
# get_close_matches, junk handling, restore, HtmlDiff.make_table.
import difflib

a = """one
two
three
four
five
six
seven
eight""".splitlines(keepends=True)
b = """zero
one
tree
four
five
six
8
eight
nine""".splitlines(keepends=True)
print("".join(difflib.unified_diff(a, b, "a.txt", "b.txt", "2024-01-01", "2024-01-02")))
print("".join(difflib.unified_diff(a, b, n=0)))
print("".join(difflib.context_diff(a, b, "a", "b", n=1)))
print(list(difflib.unified_diff(["x"], ["y"], lineterm="")))
print(list(difflib.unified_diff([], [])))
print(list(difflib.unified_diff([], ["new\n"])))
d = list(difflib.ndiff(["the quick brown fox\n", "jumps\n", "same\n"],
                       ["the quack brown fax\n", "jumped\n", "same\n", "extra\n"]))
print("".join(d))
print("".join(difflib.restore(d, 1)), "".join(difflib.restore(d, 2)))
try:
    list(difflib.restore(d, 3))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK).compare(
    ["private Thread currentThread;\n"], ["private volatile Thread currentThread;\n"])))

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.get_matching_blocks())
print(s.get_opcodes())
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;",
                            "private volatile Thread currentThread;")
print(round(s.ratio(), 6), s.find_longest_match(0, 29, 0, 38), s.find_longest_match())
s.set_seqs("qabxcd", "abycdf")
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print(tag, i1, i2, j1, j2)
print(list(s.get_grouped_opcodes(1)))
print(difflib.SequenceMatcher(None, "", "").ratio(), difflib.SequenceMatcher(None, "a", "").ratio())
# autojunk: popular elements in sequences of 200+ items are junk
x = "a" * 100 + "b" + "a" * 100
y = "a" * 99 + "c" + "a" * 100
print(difflib.SequenceMatcher(None, x, y).ratio(), difflib.SequenceMatcher(None, x, y, autojunk=False).ratio())
sm = difflib.SequenceMatcher(None, x, y)
print(sorted(sm.bpopular), len(sm.b2j))

words = ["ape", "apple", "peach", "puppy", "applet", "appel", "apply"]
print(difflib.get_close_matches("appel", words))
print(difflib.get_close_matches("appel", words, n=2, cutoff=0.8))
print(difflib.get_close_matches("wheel", ["while", "wheat", "whale", "weasel"], cutoff=0))
for n, cutoff in [(0, 0.5), (3, 1.5), (3, -0.1)]:
    try:
        difflib.get_close_matches("x", ["x"], n, cutoff)
    except ValueError as e:
        print("ValueError", e)
print(difflib.IS_LINE_JUNK("  #  \n"), difflib.IS_LINE_JUNK("x\n"), difflib.IS_CHARACTER_JUNK("\t"))
print(list(difflib.diff_bytes(difflib.unified_diff, [b"a\n", b"b\n"], [b"a\n", b"c\n"], b"x", b"y")))
try:
    list(difflib.unified_diff([b"a"], [b"b"]))
except TypeError as e:
    print("TypeError", e)

hd = difflib.HtmlDiff(tabsize=4, wrapcolumn=20)
table = hd.make_table(["a\tb\n", "same line\n", "a very long line that will wrap around\n"],
                      ["a\tc\n", "same line\n", "a very long line that did wrap around!\n", "<new> & \n"],
                      "from", "to")
print(table)
print(difflib.HtmlDiff().make_table(a, b, context=True, numlines=1))
print(difflib.HtmlDiff().make_table([], [], context=True))
