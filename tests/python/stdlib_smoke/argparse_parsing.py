# argparse: positionals, optionals, nargs, actions, types, choices, defaults, subparsers,
# mutually exclusive groups, prefix matching, parse_known_args and intermixed parsing.
import argparse


def show(ns):
    print(sorted(vars(ns).items()))


p = argparse.ArgumentParser(prog="tool", description="A tool.")
p.add_argument("src")
p.add_argument("dst", nargs="?", default="out")
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("-n", "--num", type=int, default=3, help="how many")
p.add_argument("--mode", choices=["fast", "slow"], default="fast")
p.add_argument("--tag", action="append", dest="tags")
p.add_argument("--flag", action="store_true")
p.add_argument("--no-color", action="store_false", dest="color")
p.add_argument("--const", action="store_const", const=42)
p.add_argument("--pair", nargs=2, metavar=("A", "B"))
p.add_argument("--many", nargs="*", type=float)
p.add_argument("--ext", action="extend", nargs="+")
p.add_argument("--opt", nargs="?", const="C", default="D")
p.add_argument("--bool", action=argparse.BooleanOptionalAction, default=None)

show(p.parse_args(["a"]))
show(p.parse_args(["a", "b", "-vvv", "-n", "7", "--mode=slow"]))
show(p.parse_args(["--tag", "x", "a", "--tag=y", "-n5"]))
show(p.parse_args(["a", "--flag", "--no-color", "--const"]))
show(p.parse_args(["a", "--pair", "1", "2", "--many", "1.5", "2"]))
show(p.parse_args(["a", "--many", "--ext", "p", "q", "--ext", "r"]))
show(p.parse_args(["a", "--opt"]))
show(p.parse_args(["a", "--opt", "val"]))
show(p.parse_args(["a", "--bool"]))
show(p.parse_args(["a", "--no-bool"]))
show(p.parse_args(["a", "--verb", "--fl"]))  # unambiguous prefixes
show(p.parse_args(["--", "-a", "-b"]))
show(p.parse_args(["-v", "-v", "a"], namespace=argparse.Namespace(extra=1)))

ns, rest = p.parse_known_args(["a", "--unknown", "x", "-q", "b"])
show(ns)
print(rest)

# -- nargs patterns
q = argparse.ArgumentParser(prog="q")
q.add_argument("first", nargs="+")
q.add_argument("last")
show(q.parse_args(["1", "2", "3"]))
r = argparse.ArgumentParser(prog="r")
r.add_argument("xs", nargs="*", type=int)
r.add_argument("--k", default=0, type=int)
show(r.parse_args([]))
show(r.parse_args(["1", "2", "--k", "3"]))
show(r.parse_intermixed_args(["1", "--k", "3", "2"]))
rem = argparse.ArgumentParser(prog="rem")
rem.add_argument("cmd")
rem.add_argument("args", nargs=argparse.REMAINDER)
show(rem.parse_args(["run", "-x", "--y", "z"]))

# -- negative numbers look like positionals unless an option looks like one
neg = argparse.ArgumentParser(prog="neg")
neg.add_argument("x", type=int)
neg.add_argument("-y", type=int)
show(neg.parse_args(["-5", "-y", "-6"]))

# -- prefix_chars, fromfile, defaults, set_defaults, SUPPRESS
pc = argparse.ArgumentParser(prog="pc", prefix_chars="+-")
pc.add_argument("+x", action="store_true")
pc.add_argument("-y", default=argparse.SUPPRESS)
show(pc.parse_args(["+x"]))
show(pc.parse_args(["-y", "1"]))
pc.set_defaults(z="zz", x="ignored?")
show(pc.parse_args([]))
print(pc.get_default("z"), pc.get_default("nope"))
na = argparse.ArgumentParser(prog="na", allow_abbrev=False)
na.add_argument("--longname")
try:
    na.parse_args(["--long", "1"])
except SystemExit as e:
    print("exit", e.code)

# -- subparsers
main = argparse.ArgumentParser(prog="git")
main.add_argument("--git-dir")
sub = main.add_subparsers(dest="command", title="commands")
c = sub.add_parser("commit", aliases=["ci"], help="record changes")
c.add_argument("-m", "--message", required=True)
c.add_argument("--amend", action="store_true")
c.set_defaults(func="do_commit")
s = sub.add_parser("status")
s.add_argument("paths", nargs="*")
show(main.parse_args(["commit", "-m", "hi"]))
show(main.parse_args(["--git-dir", "/g", "ci", "--amend", "-m", "x"]))
show(main.parse_args(["status", "a", "b"]))
show(main.parse_args([]))

# -- mutually exclusive groups and argument groups
m = argparse.ArgumentParser(prog="m")
g = m.add_mutually_exclusive_group(required=True)
g.add_argument("--a", action="store_true")
g.add_argument("--b", type=int)
grp = m.add_argument_group("extras", "extra stuff")
grp.add_argument("--c", default=1)
show(m.parse_args(["--a"]))
show(m.parse_args(["--b", "2", "--c", "3"]))

# -- custom type and action
def even(s):
    v = int(s)
    if v % 2:
        raise argparse.ArgumentTypeError(f"{v} is odd")
    return v


class Upper(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values.upper() + "!" + str(option_string))


t = argparse.ArgumentParser(prog="t")
t.add_argument("--e", type=even)
t.add_argument("--u", action=Upper)
t.add_argument("--file", type=argparse.FileType("r"))
show(t.parse_args(["--e", "4", "--u", "abc"]))
ns = t.parse_args(["--file", "-"])
print(ns.file.name if hasattr(ns.file, "name") else None)

ns = argparse.Namespace(a=1, b="x")
print(ns, ns == argparse.Namespace(b="x", a=1), "a" in ns)
print(repr(argparse.Namespace()))
