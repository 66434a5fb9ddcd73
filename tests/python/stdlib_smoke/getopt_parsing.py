# getopt: short and long options, GNU-style permutation, prefix matching of long options and
# every GetoptError message (with its .opt and .msg).
import getopt

cases = [
    (getopt.getopt, ["-a", "-b", "val", "-cfoo", "x", "-a"], "ab:c:", []),
    (getopt.getopt, ["--alpha", "--beta=1", "--beta", "2", "rest", "--alpha"], "", ["alpha", "beta="]),
    (getopt.getopt, ["--al", "--be=3"], "", ["alpha", "beta="]),
    (getopt.getopt, ["-a", "--", "-b"], "ab", []),
    (getopt.getopt, ["-", "-a"], "a", []),
    (getopt.getopt, ["-abc", "x"], "abc", []),
    (getopt.getopt, ["-abvalue"], "ab:", []),
    (getopt.gnu_getopt, ["x", "-a", "y", "--beta", "1", "z"], "a", ["beta="]),
    (getopt.gnu_getopt, ["x", "-a", "--", "-b"], "ab", []),
    (getopt.gnu_getopt, ["x", "-a", "y"], "+a", []),
    (getopt.getopt, ["--opt="], "", ["opt="]),
    (getopt.getopt, ["--maybe", "--maybe=v"], "", ["maybe=?"]),
    (getopt.getopt, ["--one"], "", "one"),
    # errors
    (getopt.getopt, ["-z"], "a", []),
    (getopt.getopt, ["-b"], "ab:", []),
    (getopt.getopt, ["--nope"], "", ["alpha"]),
    (getopt.getopt, ["--alpha=1"], "", ["alpha"]),
    (getopt.getopt, ["--beta"], "", ["beta="]),
    (getopt.getopt, ["--a"], "", ["alpha", "alps"]),
    (getopt.getopt, ["--alp"], "", ["alpha", "alp"]),
    (getopt.gnu_getopt, ["x", "-q"], "a", []),
]
for fn, args, short, long in cases:
    try:
        opts, rest = fn(args, short, long)
        print(fn.__name__, opts, rest)
    except getopt.GetoptError as e:
        print(fn.__name__, "GetoptError:", e, "| opt=%r msg=%r" % (e.opt, e.msg), e.args)
print(getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception))
