# glob on a temporary tree: wildcards, character classes, recursive **, hidden files (never
# matched by * unless the pattern starts with a dot), root_dir, trailing separators, escape(),
# iglob, bytes patterns, and patterns with no magic. Output is sorted and relative.
import glob
import os
import tempfile

with tempfile.TemporaryDirectory() as top:
    def mk(rel, data=""):
        path = os.path.join(top, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(data)

    for rel in ["a.txt", "b.txt", "c.py", ".hidden.txt", "sub/d.txt", "sub/e.py",
                "sub/deep/f.txt", "sub/.hid/g.txt", ".dotdir/h.txt", "x[1].txt", "star*.txt",
                "q?.md", "other/z.TXT"]:
        mk(rel)
    os.makedirs(os.path.join(top, "emptydir"))

    def g(pattern, **kw):
        res = glob.glob(os.path.join(top, pattern), **kw)
        return sorted(os.path.relpath(p, top) + ("/" if p.endswith(os.sep) else "") for p in res)

    def gr(pattern, **kw):
        return sorted(glob.glob(pattern, root_dir=top, **kw))

    print(g("*.txt"))
    print(g("?.txt"))
    print(g("[ab].*"))
    print(g("[!ab]*.txt"))
    print(g(".*"))
    print(g("*"))
    print(g("*/"))
    print(g("sub/*"))
    print(g("*/*.txt"))
    print(g("**/*.txt"))
    print(g("**/*.txt", recursive=True))
    print(g("**", recursive=True))
    print(g("**/", recursive=True))
    print(g("sub/**", recursive=True))
    print(g("sub/**/*.txt", recursive=True))
    print(g("x[1].txt"))
    print(g(glob.escape("x[1].txt")))
    print(g(glob.escape("star*.txt")), g(glob.escape("q?.md")))
    print(g("a.txt"), g("nope.txt"), g("emptydir"), g("emptydir/"), g("a.txt/"))
    print(g("*.TXT"), g("*/*.TXT"))
    print(gr("*.py"), gr("**/*.py", recursive=True), gr("sub/*"))
    print(gr("**/g.txt", recursive=True), gr(".*/*.txt"))
    print(sorted(os.path.relpath(p, top) for p in glob.iglob(os.path.join(top, "sub", "*.py"))))
    it = glob.iglob("*.txt", root_dir=top)
    print(type(it).__name__ in ("generator", "iterator"), sorted(it))
    bres = glob.glob(os.path.join(os.fsencode(top), b"*.py"))
    print([os.path.basename(p) for p in bres])
    print(glob.has_magic("a*"), glob.has_magic("abc"), glob.has_magic(b"[x]"))
    print(glob.escape("//?/c:/Quo*te?"), glob.escape(b"a[b]*"))
    print(g(""), gr(""))
