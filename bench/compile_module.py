# bench-group: library
"""Compiling a large generated module with compile(): functions, classes,
comprehensions, f-strings and control flow, then running it."""

from _harness import run


def make_source(n):
    lines = ["import math", ""]
    for i in range(n):
        lines.append("def func_%d(a, b=%d, *args, key=None, **kw):" % (i, i))
        lines.append("    total = 0")
        lines.append("    for x in range(a):")
        lines.append("        if x %% %d == 0 and x > b:" % (i % 5 + 2))
        lines.append("            total += x * %d" % i)
        lines.append("        elif x < 3:")
        lines.append("            total -= len([y for y in args if y]) + len(kw)")
        lines.append("    try:")
        lines.append("        value = {'k%d': total, 'f': f'{total:>8}'}" % i)
        lines.append("    except (KeyError, ValueError) as exc:")
        lines.append("        raise RuntimeError('bad') from exc")
        lines.append("    return value['k%d'] + math.floor(%d.5)" % (i, i))
        lines.append("")
        lines.append("class Class_%d(object):" % i)
        lines.append("    attr = %d" % i)
        lines.append("    def method(self, x):")
        lines.append("        return lambda y: (x + y) * self.attr if x else None")
        lines.append("")
    return "\n".join(lines)


def workload():
    source = make_source(300)
    code = compile(source, "<generated>", "exec")
    namespace = {}
    exec(code, namespace)
    total = 0
    for i in range(0, 300, 10):
        total += namespace["func_%d" % i](20)
    names = [k for k in namespace if k.startswith(("func_", "Class_"))]
    return (len(source), len(names), total)


if __name__ == "__main__":
    run(workload, (162032, 600, 4950))
