// The body of `dis` (see dis.ts), in Python.

export const DIS_PY = `
"""Disassembler of Swallow's register bytecode, with the interface of CPython's dis."""

import sys as _sys
import types as _types
import collections as _collections
import io as _io
import struct as _struct
from _opcode import stack_effect, _opcode_table, _describe, _exception_table

__all__ = ["code_info", "dis", "disassemble", "distb", "disco",
           "findlinestarts", "findlabels", "show_code",
           "get_instructions", "Instruction", "Bytecode",
           "cmp_op", "hasconst", "hasname", "hasjrel", "hasjabs",
           "haslocal", "hascompare", "hasfree", "opname", "opmap",
           "HAVE_ARGUMENT", "EXTENDED_ARG", "hasnargs", "stack_effect"]

_OPCODES = _opcode_table()
_KINDS = tuple(kinds for _, kinds in _OPCODES)

opname = [name for name, _ in _OPCODES]
opmap = {name: op for op, name in enumerate(opname)}
cmp_op = ('<', '<=', '==', '!=', '>', '>=')
# Swallow's jumps name an instruction, never a distance, and every instruction has its
# operands: no relative jumps, no argument-less opcodes, no EXTENDED_ARG.
hasjrel = []
hasjabs = [op for op, kinds in enumerate(_KINDS) if 'target' in kinds]
hasconst = [op for op, kinds in enumerate(_KINDS) if 'const' in kinds]
hasname = [op for op, kinds in enumerate(_KINDS) if 'name' in kinds]
haslocal = [op for op, kinds in enumerate(_KINDS)
            if any(k in ('reg', 'dst', 'rw', 'regs', 'dsts') for k in kinds)]
hascompare = [op for op, name in enumerate(opname) if name.startswith('COMPARE_OP')]
hasfree = [op for op, name in enumerate(opname) if name.endswith('DEREF') or name == 'MAKE_CELL']
hasnargs = []
HAVE_ARGUMENT = 0
EXTENDED_ARG = -1

COMPILER_FLAG_NAMES = {
    1: "OPTIMIZED",
    2: "NEWLOCALS",
    4: "VARARGS",
    8: "VARKEYWORDS",
    16: "NESTED",
    32: "GENERATOR",
    64: "NOFREE",
    128: "COROUTINE",
    256: "ITERABLE_COROUTINE",
    512: "ASYNC_GENERATOR",
}

_have_code = (_types.MethodType, _types.FunctionType, _types.CodeType,
              classmethod, staticmethod, type)

_OPNAME_WIDTH = 24


def pretty_flags(flags):
    """Return pretty representation of code flags."""
    names = []
    bit = 1
    for _ in range(32):
        if flags & bit:
            names.append(COMPILER_FLAG_NAMES.get(bit, hex(bit)))
            flags ^= bit
            if not flags:
                return ", ".join(names)
        bit <<= 1
    names.append(hex(flags))
    return ", ".join(names)


def _try_compile(source, name):
    try:
        return compile(source, name, 'eval')
    except SyntaxError:
        return compile(source, name, 'exec')


def _unwrap(x):
    """The code of a method, function, generator, async generator or coroutine; anything
    else as it is."""
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        return x.__code__
    for attribute in ('gi_code', 'ag_code', 'cr_code'):
        if hasattr(x, attribute):
            return getattr(x, attribute)
    return x


def _get_code_object(x):
    x = _unwrap(x)
    if isinstance(x, str):
        x = _try_compile(x, "<disassembly>")
    if isinstance(x, _types.CodeType):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def _format_code_info(co):
    lines = [
        "Name:              %s" % co.co_name,
        "Filename:          %s" % co.co_filename,
        "Argument count:    %s" % co.co_argcount,
        "Positional-only arguments: %s" % co.co_posonlyargcount,
        "Kw-only arguments: %s" % co.co_kwonlyargcount,
        "Number of locals:  %s" % co.co_nlocals,
        "Stack size:        %s" % co.co_stacksize,
        "Flags:             %s" % pretty_flags(co.co_flags),
    ]
    for title, items, show in (("Constants", co.co_consts, repr),
                               ("Names", co.co_names, str),
                               ("Variable names", co.co_varnames, str),
                               ("Free variables", co.co_freevars, str),
                               ("Cell variables", co.co_cellvars, str)):
        if items:
            lines.append(title + ":")
            lines.extend("%4d: %s" % pair for pair in enumerate(map(show, items)))
    return "\\n".join(lines)


def code_info(x):
    """Formatted details of methods, functions, or code."""
    return _format_code_info(_get_code_object(x))


def show_code(co, *, file=None):
    """Print details of methods, functions, or code to *file*."""
    print(code_info(co), file=file)


Positions = _collections.namedtuple(
    'Positions',
    ['lineno', 'end_lineno', 'col_offset', 'end_col_offset'],
    defaults=[None] * 4,
)

_Instruction = _collections.namedtuple(
    "_Instruction",
    ["opname", "opcode", "arg", "argval", "argrepr", "offset",
     "starts_line", "is_jump_target", "positions"],
    defaults=[None],
)


class Instruction(_Instruction):
    """One register instruction.

      opname - name of the operation
      opcode - numeric code of the operation
      arg - the operand words the operation uses, as a tuple
      argval - the operands resolved: register names, constants, names, jump offsets
      argrepr - the operands as text
      offset - start index of the instruction, in code units (two per instruction)
      starts_line - the line this instruction starts, or None
      is_jump_target - whether some jump or exception handler leads here
      positions - the Positions of the source this instruction runs
    """

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4):
        fields = []
        if lineno_width:
            if self.starts_line is not None:
                fields.append(str(self.starts_line).rjust(lineno_width))
            else:
                fields.append(' ' * lineno_width)
        fields.append('-->' if mark_as_current else '   ')
        fields.append('>>' if self.is_jump_target else '  ')
        fields.append(str(self.offset).rjust(offset_width))
        fields.append(self.opname.ljust(_OPNAME_WIDTH))
        fields.append(self.argrepr)
        return ' '.join(fields).rstrip()


def _jump_targets(instructions, exception_entries):
    targets = []
    for op, *words in instructions:
        for kind, word in zip(_KINDS[op], words):
            if kind == 'target' and word not in targets:
                targets.append(word)
    for entry in exception_entries:
        if entry[2] not in targets:
            targets.append(entry[2])
    return targets


def _operand(kind, word, co, names, const_base):
    if kind in ('reg', 'dst', 'rw', 'regs', 'dsts'):
        if word < 0:
            return None, '-'
        if const_base <= word < len(names):
            value = co.co_consts[word - const_base]
            return value, repr(value)
        name = names[word] if word < len(names) else '$t%d' % (word - len(names))
        return name, name
    if kind == 'name':
        return co.co_names[word], co.co_names[word]
    if kind == 'const':
        return co.co_consts[word], repr(co.co_consts[word])
    if kind == 'target':
        return 2 * word, 'to %d' % (2 * word)
    return word, str(word)


def _get_instructions(co, line_offset=0):
    instructions, names, const_base = _describe(co)
    targets = set(_jump_targets(instructions, _exception_table(co)))
    positions = list(co.co_positions())
    last_line = None
    for index, (op, *words) in enumerate(instructions):
        args, values, texts = [], [], []
        for kind, word in zip(_KINDS[op], words):
            if kind == '-':
                continue
            value, text = _operand(kind, word, co, names, const_base)
            args.append(word)
            values.append(value)
            texts.append(text)
        position = Positions(*positions[index])
        line = position.lineno
        starts_line = None
        if line is not None and line != last_line:
            starts_line = last_line = line
            starts_line += line_offset
        yield Instruction(opname[op], op, tuple(args), tuple(values), ', '.join(texts),
                          2 * index, starts_line, index in targets, position)


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """Iterator over the instructions of the supplied function, method, string or code."""
    co = _get_code_object(x)
    line_offset = 0 if first_line is None else first_line - co.co_firstlineno
    return _get_instructions(co, line_offset)


def findlinestarts(code):
    """Find the offsets in a code object where a new source line starts."""
    last_line = None
    for start, end, line in code.co_lines():
        if line is not None and line != last_line:
            last_line = line
            yield start, line


def _decode(raw):
    """Swallow's instruction words from co_code bytes: (op, a, b, c) per instruction."""
    count = len(raw) // 16 * 4
    words = _struct.unpack('<%di' % count, bytes(raw)[:4 * count])
    return [tuple(words[i:i + 4]) for i in range(0, len(words), 4)]


def findlabels(code):
    """Offsets of the instructions that are jump targets, in a code object or co_code."""
    if isinstance(code, _types.CodeType):
        instructions, _, _ = _describe(code)
    else:
        instructions = _decode(code)
    return [2 * t for t in _jump_targets(instructions, ())]


def _disassemble_raw(raw, *, file=None):
    """A listing of bare co_code bytes: operands as the numbers they are."""
    instructions = _decode(raw)
    targets = set(_jump_targets(instructions, ()))
    offset_width = max(4, len(str(2 * len(instructions))))
    for index, (op, *words) in enumerate(instructions):
        name = opname[op] if 0 <= op < len(opname) else '<%d>' % op
        kinds = _KINDS[op] if 0 <= op < len(_KINDS) else ('imm',) * 3
        texts = ['to %d' % (2 * w) if k == 'target' else str(w)
                 for k, w in zip(kinds, words) if k != '-']
        line = ' '.join(('   ', '>>' if index in targets else '  ', str(2 * index).rjust(offset_width),
                         name.ljust(_OPNAME_WIDTH), ', '.join(texts)))
        print(line.rstrip(), file=file)


def _disassemble_code(co, lasti=-1, *, file=None, line_offset=0):
    instructions = list(_get_instructions(co, line_offset))
    lines = [i.starts_line for i in instructions if i.starts_line is not None]
    lineno_width = max(3, len(str(max(lines)))) if lines else 0
    offset_width = max(4, len(str(instructions[-1].offset))) if instructions else 4
    for instr in instructions:
        if instr.starts_line is not None and instr.offset > 0:
            print(file=file)
        print(instr._disassemble(lineno_width, instr.offset == lasti, offset_width), file=file)
    entries = _exception_table(co)
    if entries:
        print("ExceptionTable:", file=file)
        _, names, _ = _describe(co)
        for start, end, handler, exc, lasti_reg in entries:
            where = " lasti" if lasti_reg >= 0 else ""
            print("  %d to %d -> %d [%s]%s"
                  % (2 * start, 2 * (end - 1), 2 * handler, _register_name(names, exc), where),
                  file=file)


def _register_name(names, register):
    return names[register] if register < len(names) else '$t%d' % (register - len(names))


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a code object, marking the instruction at offset *lasti*."""
    _disassemble_code(co, lasti, file=file)


disco = disassemble


def _disassemble_recursive(co, *, file=None, depth=None):
    disassemble(co, file=file)
    if depth is None or depth > 0:
        if depth is not None:
            depth = depth - 1
        for x in co.co_consts:
            if isinstance(x, _types.CodeType):
                print(file=file)
                print("Disassembly of %r:" % (x,), file=file)
                _disassemble_recursive(x, file=file, depth=depth)


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Disassemble classes, methods, functions, generators, coroutines, code or source.

    With no argument, disassemble the last traceback.
    """
    if x is None:
        distb(file=file)
        return
    x = _unwrap(x)
    if hasattr(x, '__dict__'):
        for name, x1 in sorted(x.__dict__.items()):
            if isinstance(x1, _have_code):
                print("Disassembly of %s:" % name, file=file)
                try:
                    dis(x1, file=file, depth=depth)
                except TypeError as msg:
                    print("Sorry:", msg, file=file)
                print(file=file)
    elif isinstance(x, _types.CodeType):
        _disassemble_recursive(x, file=file, depth=depth)
    elif isinstance(x, (bytes, bytearray)):
        _disassemble_raw(x, file=file)
    elif isinstance(x, str):
        _disassemble_recursive(_try_compile(x, '<dis>'), file=file, depth=depth)
    else:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a traceback (default: last traceback)."""
    if tb is None:
        try:
            tb = _sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble") from None
        while tb.tb_next:
            tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file)


class Bytecode:
    """The instructions of a piece of code, as Instruction objects when iterated.

    Instantiate with a function, method, other compiled object, string of code, or code
    object.
    """

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False, adaptive=False):
        self.codeobj = co = _get_code_object(x)
        if first_line is None:
            self.first_line = co.co_firstlineno
            self._line_offset = 0
        else:
            self.first_line = first_line
            self._line_offset = first_line - co.co_firstlineno
        self._original_object = x
        self.current_offset = current_offset
        self.show_caches = show_caches
        self.adaptive = adaptive

    def __iter__(self):
        return _get_instructions(self.codeobj, self._line_offset)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        """Construct a Bytecode from the given traceback."""
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti,
                   show_caches=show_caches, adaptive=adaptive)

    def info(self):
        """Return formatted information about the code object."""
        return _format_code_info(self.codeobj)

    def dis(self):
        """Return a formatted view of the bytecode operations."""
        offset = -1 if self.current_offset is None else self.current_offset
        with _io.StringIO() as output:
            _disassemble_code(self.codeobj, offset, file=output, line_offset=self._line_offset)
            return output.getvalue()


def _constant_sources(co):
    """For each instruction index, the constants held by the temporaries at that point, as
    far as a straight scan of MOVEs from constant registers tells."""
    instructions, names, const_base = _describe(co)
    move = opmap['MOVE']
    known = {}
    for index, (op, a, b, c) in enumerate(instructions):
        yield index, op, a, b, c, known
        if op == move and const_base <= b < len(names):
            known[a] = co.co_consts[b - const_base]
        else:
            for kind, word in zip(_KINDS[op], (a, b, c)):
                if kind in ('dst', 'rw'):
                    known.pop(word, None)
                elif kind == 'dsts':
                    known.clear()


def _find_imports(co):
    """Generate (name, level, fromlist) for the import statements in co, the arguments
    they give __import__ (modulefinder's question)."""
    import_name = opmap['IMPORT_NAME']
    for index, op, a, b, c, known in _constant_sources(co):
        if op == import_name and c in known and c + 1 in known:
            yield co.co_names[b], known[c], known[c + 1]


def _find_store_names(co):
    """Generate the names that co stores with STORE_NAME or STORE_GLOBAL."""
    store_ops = (opmap['STORE_NAME'], opmap['STORE_GLOBAL'])
    instructions, _, _ = _describe(co)
    for op, a, b, c in instructions:
        if op in store_ops:
            yield co.co_names[a]
`;
