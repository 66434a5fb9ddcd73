# dis on Swallow's bytecode: only what does not depend on the instruction set is compared
# with CPython (flags, code_info's facts, the Instruction/Bytecode interface and how the
# listing relates to it, errors, and modulefinder's use of dis to find imports).
import dis
import io
import os
import sys
import tempfile


def sample(items, limit=3):
    total = 0
    for x in items:
        try:
            total += 10 // x
        except ZeroDivisionError:
            continue
        if total > limit:
            break
    return total


def outer(a, /, b, *args, c=1, **kw):
    x = 1

    def inner():
        return x + a

    return inner


class Shape:
    def area(self):
        return 0

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def unit():
        return 1

    sides = 0


print(dis.pretty_flags(0), "|", dis.pretty_flags(3), "|", dis.pretty_flags(1 << 20 | 1))
print(dis.pretty_flags(outer.__code__.co_flags))
print(dis.pretty_flags(outer(1, 2)().__class__ and outer(1, 2).__code__.co_flags))
print(sorted(dis.COMPILER_FLAG_NAMES.items()))


def facts(text):
    """code_info without what depends on the compiler (stack size, constants)."""
    keep, skipping = [], False
    for line in text.splitlines():
        if line.startswith("Constants:"):
            skipping = True
            continue
        if skipping and line.startswith("   "):
            continue
        skipping = False
        if line.startswith(("Stack size:", "Filename:")):
            continue
        keep.append(line)
    return keep


for target in (outer, outer(1, 2), sample, Shape.area, Shape.make, "a + b"):
    print(facts(dis.code_info(target)))
buf = io.StringIO()
dis.show_code(outer, file=buf)
print(buf.getvalue() == dis.code_info(outer) + "\n")

instructions = list(dis.get_instructions(sample))
offsets = [i.offset for i in instructions]
print(all(isinstance(i, dis.Instruction) for i in instructions))
print(all(i.opname == dis.opname[i.opcode] and dis.opmap[i.opname] == i.opcode for i in instructions))
print(offsets == sorted(set(offsets)), all(o % 2 == 0 for o in offsets))
first = sample.__code__.co_firstlineno
lines = {i.starts_line for i in instructions} - {None}
print(sorted(line - first for line in lines if line > first))
print(any(i.is_jump_target for i in instructions))
print(sorted(o for o in offsets if o in {i.offset for i in instructions if i.is_jump_target}) == [i.offset for i in instructions if i.is_jump_target])
print(all(isinstance(i.positions, dis.Positions) for i in instructions))
print(sorted({i.positions.lineno - first for i in instructions if i.positions.lineno and i.positions.lineno > first}))
print(instructions[0]._fields)
shifted = list(dis.get_instructions(sample, first_line=100))
print(sorted(line - 100 for line in {i.starts_line for i in shifted} - {None} if line > 100))
print(sorted({line - first for _, line in dis.findlinestarts(sample.__code__) if line > first}))

listing = io.StringIO()
dis.dis(sample, file=listing)
text = listing.getvalue()
print(all(i.opname in text for i in instructions))
print(text == dis.Bytecode(sample).dis())
print(dis.Bytecode(sample).info() == dis.code_info(sample))
print(repr(dis.Bytecode(sample)).startswith("Bytecode(<function sample at "))
print([i.opname for i in dis.Bytecode(sample)] == [i.opname for i in instructions])
print(dis.Bytecode(sample, first_line=50).first_line)

nested = io.StringIO()
dis.dis(outer, file=nested)
print([line for line in nested.getvalue().splitlines() if line.startswith("Disassembly of")][0].split(" at ")[0])
shallow = io.StringIO()
dis.dis(outer, file=shallow, depth=0)
print("Disassembly of" in shallow.getvalue())

classes = io.StringIO()
dis.dis(Shape, file=classes)
print([line for line in classes.getvalue().splitlines() if line.startswith("Disassembly of")])

source = io.StringIO()
dis.dis("x = 1\nprint(x)", file=source)
print(len(source.getvalue()) > 0)


def gen():
    yield 1


g = gen()
glisting = io.StringIO()
dis.dis(g, file=glisting)
print(glisting.getvalue() == dis.Bytecode(gen).dis())

try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
marked = io.StringIO()
dis.distb(tb, file=marked)
print(sum("-->" in line for line in marked.getvalue().splitlines()))
print(dis.Bytecode.from_traceback(tb).current_offset == tb.tb_lasti)

for bad in (42, 1.5, "1 +"):
    for fn in (dis.dis, dis.code_info, dis.get_instructions, dis.Bytecode):
        try:
            fn(bad)
        except (TypeError, SyntaxError) as exc:
            print(fn.__name__, type(exc).__name__, exc)
try:
    dis.code_info(None)
except TypeError as exc:
    print(exc)
try:
    dis.distb()
except RuntimeError as exc:
    print("distb:", exc)

from modulefinder import ModuleFinder

with tempfile.TemporaryDirectory() as root:
    pkg = os.path.join(root, "pkg")
    os.mkdir(pkg)
    files = {
        "main.py": "import pkg.a\nfrom pkg import b as bee\nimport not_there_at_all\n",
        "pkg/__init__.py": "",
        "pkg/a.py": "from . import b\nfrom .b import *\nfrom .c import name\nimport pkg.d\n",
        "pkg/b.py": "x = 1\ndef f(): pass\nglobal_thing = 2\n",
        "pkg/c.py": "name = 'c'\n",
        "pkg/d.py": "from .missing import anything\n",
    }
    for rel, body in files.items():
        with open(os.path.join(root, rel), "w") as f:
            f.write(body)
    finder = ModuleFinder(path=[root])
    finder.run_script(os.path.join(root, "main.py"))
    print(sorted(finder.modules))
    print(sorted(finder.badmodules))
    print(sorted(finder.modules["pkg.b"].globalnames))
    print(sorted(finder.modules["pkg.a"].globalnames))
