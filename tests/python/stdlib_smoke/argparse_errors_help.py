# argparse error paths: usage + message on stderr and exit status 2 (caught as SystemExit),
# exit_on_error=False raising ArgumentError, help and usage formatting, version action,
# conflicting options and bad add_argument calls.
import argparse
import contextlib
import io
import sys


def run(parser, args):
    err = io.StringIO()
    out = io.StringIO()
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            ns = parser.parse_args(args)
        print("ok", sorted(vars(ns).items()))
    except SystemExit as e:
        print("exit", repr(e.code))
        for line in out.getvalue().splitlines():
            print("  out|", line)
        for line in err.getvalue().splitlines():
            print("  err|", line)


p = argparse.ArgumentParser(prog="tool", description="Does things.", epilog="The end.")
p.add_argument("src", help="source file")
p.add_argument("-n", "--num", type=int, default=3, help="count (default: %(default)s)")
p.add_argument("--mode", choices=["fast", "slow"], help="speed")
p.add_argument("--ratio", type=float)
p.add_argument("--req", required=False, metavar="R")
p.add_argument("--version", action="version", version="%(prog)s 1.2")
run(p, [])
run(p, ["a", "-n", "x"])
run(p, ["a", "--mode", "medium"])
run(p, ["a", "--ratio", "nanx"])
run(p, ["a", "b"])
run(p, ["a", "--bogus"])
run(p, ["a", "-n"])
run(p, ["a", "--version"])
run(p, ["-h"])

amb = argparse.ArgumentParser(prog="amb")
amb.add_argument("--alpha")
amb.add_argument("--alps")
run(amb, ["--al", "1"])
run(amb, ["--alp=1"])

rq = argparse.ArgumentParser(prog="rq")
rq.add_argument("--must", required=True)
rq.add_argument("pos", nargs=2)
run(rq, ["x"])
run(rq, ["x", "y"])

m = argparse.ArgumentParser(prog="m")
g = m.add_mutually_exclusive_group(required=True)
g.add_argument("--a", action="store_true")
g.add_argument("--b", type=int)
run(m, [])
run(m, ["--a", "--b", "1"])
run(m, ["--help"])

sp = argparse.ArgumentParser(prog="git")
subs = sp.add_subparsers(dest="cmd", required=True, metavar="COMMAND")
c = subs.add_parser("commit", help="record changes")
c.add_argument("-m", required=True)
subs.add_parser("push", help="send")
run(sp, [])
run(sp, ["pull"])
run(sp, ["commit"])
run(sp, ["-h"])
run(sp, ["commit", "-h"])


def even(s):
    v = int(s)
    if v % 2:
        raise argparse.ArgumentTypeError(f"{v} is odd")
    return v


t = argparse.ArgumentParser(prog="t")
t.add_argument("--e", type=even)
run(t, ["--e", "3"])
run(t, ["--e", "q"])

# exit_on_error=False: errors become ArgumentError (unknown args still exit)
ne = argparse.ArgumentParser(prog="ne", exit_on_error=False)
ne.add_argument("--n", type=int)
ne.add_argument("--c", choices=["x"])
for args in (["--n", "z"], ["--c", "y"], ["--n"]):
    try:
        ne.parse_args(args)
    except argparse.ArgumentError as e:
        print("ArgumentError:", e, "| arg:", e.argument_name, "| msg:", e.message)
ns, extra = ne.parse_known_args(["--zz"])
print(extra)

# error() and exit() called directly
e = argparse.ArgumentParser(prog="e")
try:
    with contextlib.redirect_stderr(io.StringIO()) as buf:
        e.error("custom problem")
except SystemExit as ex:
    print("exit", ex.code, repr(buf.getvalue()))
try:
    with contextlib.redirect_stderr(io.StringIO()) as buf:
        e.exit(5, "bye\n")
except SystemExit as ex:
    print("exit", ex.code, repr(buf.getvalue()))

# format_usage / format_help with formatter classes
f = argparse.ArgumentParser(prog="fmt", formatter_class=argparse.ArgumentDefaultsHelpFormatter,
                            description="first line\n   indented", add_help=False)
f.add_argument("--size", type=int, default=10, help="the size")
f.add_argument("--name", help="the name")
f.add_argument("items", nargs="+", help="things")
f.add_argument("--hidden", help=argparse.SUPPRESS)
print(f.format_usage(), end="")
print(f.format_help(), end="")
raw = argparse.ArgumentParser(prog="raw", formatter_class=argparse.RawDescriptionHelpFormatter,
                              description="keep\n   this  layout", usage="%(prog)s [stuff]")
print(raw.format_help(), end="")
long = argparse.ArgumentParser(prog="long_program_name")
for i in range(8):
    long.add_argument(f"--option-number-{i}", metavar="VALUE")
print(long.format_usage(), end="")

# bad parser definitions
bad = argparse.ArgumentParser(prog="bad")
bad.add_argument("--x")
for call in (
    lambda: bad.add_argument("--x"),
    lambda: bad.add_argument("pos", dest="d"),
    lambda: bad.add_argument("-"),
    lambda: bad.add_argument("--y", nargs=0),
    lambda: bad.add_argument("--z", action="nope"),
    lambda: bad.add_argument("--w", type="int"),
    lambda: bad.add_argument("p2", required=True),
    lambda: bad.add_argument("--k", action="store_true", type=int),
):
    try:
        call()
        print("added")
    except (ValueError, TypeError, argparse.ArgumentError) as ex:
        print(type(ex).__name__, ex)
res = argparse.ArgumentParser(prog="res", conflict_handler="resolve")
res.add_argument("-x", "--ex", help="old")
res.add_argument("-x", help="new")
print(res.format_help(), end="")
print(sys.stderr is sys.__stderr__)
