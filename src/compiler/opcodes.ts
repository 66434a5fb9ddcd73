// Swallow's instruction set: the specification of the interpreter (src/vm/) and the input of the
// JIT. It is kept as data (OPCODES) so that the disassembler, the VM's tests and the JIT's
// analyses read the same table; `Op` gives each opcode a stable small integer, which the VM
// switches on as an integer literal (DESIGN.md, "Tier 0").
//
// The machine. Every instruction is four 32-bit words `[op, a, b, c]` in `CodeObject.code`
// (an Int32Array); instruction i starts at word 4*i and jump targets are instruction indices.
// Operands name frame registers. A frame's registers are laid out as
//
//   [ locals (co_varnames, arguments first) | cells (co_cellvars) | frees (co_freevars)
//     | constants (co_consts, copied from the code's template at frame creation) | temporaries ]
//
// so constant k is register `constBase + k` and instructions read constants as registers. A
// cell or free register holds the cell object itself: LOAD_DEREF / STORE_DEREF go through it,
// and reading it as an ordinary source (BUILD_TUPLE for a closure, STORE_NAME '__classcell__')
// yields the cell. Registers of several consecutive values ("R[b..b+c)") are always
// temporaries. "NULL" below is the VM's marker for "no value" (an unbound local, or the empty
// self slot of LOAD_METHOD); it is never a Python object.
//
// Locals may be unbound. The compiler guarantees that an instruction reading a local register
// reads a bound one: either the local is proven bound on every path (arguments, or assigned
// earlier on all paths) or a LOAD_FAST_CHECK precedes the read. Free and cell variables are
// checked by LOAD_DEREF itself.
//
// Exceptions: a raising instruction looks its index up in the code's exception table (see
// code.ts); the innermost covering entry's handler receives the exception in a register. The
// handler code itself calls PUSH_EXC_INFO / POP_EXCEPT to maintain sys.exc_info(), exactly as
// CPython 3.11's zero-cost exception handling does. Every backward branch is JUMP_BACKWARD
// (the place for hotness counters, OSR and execution limits); conditional jumps and FOR_ITER
// only jump forward.
//
// Each instruction index also numbers one inline-cache / feedback slot, owned by the VM.

/** How an operand word is read. For the analyses (definite assignment, liveness, the JIT):
 * `reg` is a register read, `dst` a register written, `rw` read then written, `regs` / `dsts`
 * the first of a run of consecutive registers read / written (the count is in the doc),
 * `name` an index into co_names, `const` an index into co_consts, `target` an instruction
 * index, `imm` an immediate integer, `-` unused (zero). */
export type OperandKind = "-" | "reg" | "dst" | "rw" | "regs" | "dsts" | "name" | "const" | "target" | "imm";

export interface OpcodeInfo {
  name: string;
  code: number;
  /** Kinds of operands a, b, c. */
  operands: readonly [OperandKind, OperandKind, OperandKind];
  doc: string;
}

type Row = [name: string, a: OperandKind, b: OperandKind, c: OperandKind, doc: string];

// The order of this table fixes the opcode numbers: append, never reorder.
const ROWS: Row[] = [
  ["NOP", "-", "-", "-", "Does nothing (keeps a line number visible to tracing)."],
  ["MOVE", "dst", "reg", "-", "R[a] = R[b]."],
  [
    "LOAD_FAST_CHECK",
    "reg",
    "-",
    "-",
    "Raises UnboundLocalError(\"cannot access local variable 'NAME' where it is not associated with a value\") if local R[a] is NULL, NAME = co_varnames[a]. Writes nothing.",
  ],
  [
    "DELETE_FAST",
    "reg",
    "-",
    "-",
    "Like LOAD_FAST_CHECK on R[a], then sets R[a] = NULL (`del x` of a local).",
  ],
  [
    "MAKE_CELL",
    "dst",
    "reg",
    "-",
    "R[a] = a new cell holding R[b], or an empty cell when b = -1. Emitted at function entry for every cell variable (b is the argument register when the cell variable is an argument).",
  ],
  [
    "COPY_FREE_VARS",
    "imm",
    "-",
    "-",
    "Copies the a cells of the running function's __closure__ into the free registers (freeBase + i = closure[i]). First instruction of a code with free variables.",
  ],
  [
    "LOAD_DEREF",
    "dst",
    "reg",
    "-",
    "R[a] = contents of the cell in R[b]. Empty cell: if b is a cell register, UnboundLocalError(\"cannot access local variable 'NAME' where it is not associated with a value\"); if a free register, NameError(\"cannot access free variable 'NAME' where it is not associated with a value in enclosing scope\"), NAME the variable's name.",
  ],
  ["STORE_DEREF", "reg", "reg", "-", "Sets the contents of the cell in R[a] to R[b]."],
  [
    "DELETE_DEREF",
    "reg",
    "-",
    "-",
    "Empties the cell in R[a]; raises as LOAD_DEREF does if it is already empty.",
  ],
  [
    "LOAD_CLASSDEREF",
    "dst",
    "reg",
    "name",
    "In a class body: R[a] = the frame's locals mapping [co_names[c]] if present, else the contents of the cell in R[b] (raising as LOAD_DEREF does when empty).",
  ],
  [
    "LOAD_NAME",
    "dst",
    "name",
    "-",
    "R[a] = name co_names[b] looked up in the frame's locals mapping, then globals, then builtins; NameError(\"name 'x' is not defined\") if absent.",
  ],
  ["STORE_NAME", "name", "reg", "-", "locals mapping[co_names[a]] = R[b]."],
  [
    "DELETE_NAME",
    "name",
    "-",
    "-",
    "del locals mapping[co_names[a]]; NameError(\"name 'x' is not defined\") if absent.",
  ],
  [
    "LOAD_GLOBAL",
    "dst",
    "name",
    "-",
    "R[a] = globals[co_names[b]], else builtins[co_names[b]]; NameError(\"name 'x' is not defined\") if absent.",
  ],
  ["STORE_GLOBAL", "name", "reg", "-", "globals[co_names[a]] = R[b]."],
  [
    "DELETE_GLOBAL",
    "name",
    "-",
    "-",
    "del globals[co_names[a]]; NameError(\"name 'x' is not defined\") if absent.",
  ],
  ["LOAD_ATTR", "dst", "reg", "name", "R[a] = getattr(R[b], co_names[c])."],
  ["STORE_ATTR", "reg", "name", "reg", "setattr(R[a], co_names[b], R[c])."],
  ["DELETE_ATTR", "reg", "name", "-", "delattr(R[a], co_names[b])."],
  [
    "LOAD_METHOD",
    "dsts",
    "reg",
    "name",
    "Looks up attribute co_names[c] of R[b] for a call. If it is a method found on the type (a plain function, not shadowed by an instance attribute), R[a] = the unbound function and R[a+1] = R[b]; otherwise R[a] = getattr(R[b], name) and R[a+1] = NULL. Always followed (after the arguments are evaluated) by CALL_METHOD with base a.",
  ],
  ["BINARY_SUBSCR", "dst", "reg", "reg", "R[a] = R[b][R[c]]."],
  ["STORE_SUBSCR", "reg", "reg", "reg", "R[a][R[b]] = R[c]."],
  ["DELETE_SUBSCR", "reg", "reg", "-", "del R[a][R[b]]."],
  [
    "BUILD_SLICE",
    "dst",
    "regs",
    "imm",
    "R[a] = slice(R[b], R[b+1]) when c = 2, slice(R[b], R[b+1], R[b+2]) when c = 3.",
  ],
  // Binary operators, in the order of the runtime's BinaryOp enum (docs/runtime.md):
  // opcode - BINARY_OP_ADD is the BinaryOp.
  ["BINARY_OP_ADD", "dst", "reg", "reg", "R[a] = R[b] + R[c]."],
  ["BINARY_OP_SUBTRACT", "dst", "reg", "reg", "R[a] = R[b] - R[c]."],
  ["BINARY_OP_MULTIPLY", "dst", "reg", "reg", "R[a] = R[b] * R[c]."],
  ["BINARY_OP_MATRIX_MULTIPLY", "dst", "reg", "reg", "R[a] = R[b] @ R[c]."],
  ["BINARY_OP_TRUE_DIVIDE", "dst", "reg", "reg", "R[a] = R[b] / R[c]."],
  ["BINARY_OP_FLOOR_DIVIDE", "dst", "reg", "reg", "R[a] = R[b] // R[c]."],
  ["BINARY_OP_REMAINDER", "dst", "reg", "reg", "R[a] = R[b] % R[c]."],
  ["BINARY_OP_POWER", "dst", "reg", "reg", "R[a] = R[b] ** R[c]."],
  ["BINARY_OP_LSHIFT", "dst", "reg", "reg", "R[a] = R[b] << R[c]."],
  ["BINARY_OP_RSHIFT", "dst", "reg", "reg", "R[a] = R[b] >> R[c]."],
  ["BINARY_OP_AND", "dst", "reg", "reg", "R[a] = R[b] & R[c]."],
  ["BINARY_OP_OR", "dst", "reg", "reg", "R[a] = R[b] | R[c]."],
  ["BINARY_OP_XOR", "dst", "reg", "reg", "R[a] = R[b] ^ R[c]."],
  // In-place operators, same order: opcode - BINARY_OP_INPLACE_ADD is the BinaryOp.
  ["BINARY_OP_INPLACE_ADD", "dst", "reg", "reg", "R[a] = R[b] += R[c] (tries __iadd__ first)."],
  ["BINARY_OP_INPLACE_SUBTRACT", "dst", "reg", "reg", "R[a] = R[b] -= R[c]."],
  ["BINARY_OP_INPLACE_MULTIPLY", "dst", "reg", "reg", "R[a] = R[b] *= R[c]."],
  ["BINARY_OP_INPLACE_MATRIX_MULTIPLY", "dst", "reg", "reg", "R[a] = R[b] @= R[c]."],
  ["BINARY_OP_INPLACE_TRUE_DIVIDE", "dst", "reg", "reg", "R[a] = R[b] /= R[c]."],
  ["BINARY_OP_INPLACE_FLOOR_DIVIDE", "dst", "reg", "reg", "R[a] = R[b] //= R[c]."],
  ["BINARY_OP_INPLACE_REMAINDER", "dst", "reg", "reg", "R[a] = R[b] %= R[c]."],
  ["BINARY_OP_INPLACE_POWER", "dst", "reg", "reg", "R[a] = R[b] **= R[c]."],
  ["BINARY_OP_INPLACE_LSHIFT", "dst", "reg", "reg", "R[a] = R[b] <<= R[c]."],
  ["BINARY_OP_INPLACE_RSHIFT", "dst", "reg", "reg", "R[a] = R[b] >>= R[c]."],
  ["BINARY_OP_INPLACE_AND", "dst", "reg", "reg", "R[a] = R[b] &= R[c]."],
  ["BINARY_OP_INPLACE_OR", "dst", "reg", "reg", "R[a] = R[b] |= R[c]."],
  ["BINARY_OP_INPLACE_XOR", "dst", "reg", "reg", "R[a] = R[b] ^= R[c]."],
  // Rich comparisons, in the order of the runtime's CompareOp (Lt, Le, Eq, Ne, Gt, Ge):
  // opcode - COMPARE_OP_LT is the CompareOp.
  ["COMPARE_OP_LT", "dst", "reg", "reg", "R[a] = R[b] < R[c] (any object, not only bool)."],
  ["COMPARE_OP_LE", "dst", "reg", "reg", "R[a] = R[b] <= R[c]."],
  ["COMPARE_OP_EQ", "dst", "reg", "reg", "R[a] = R[b] == R[c]."],
  ["COMPARE_OP_NE", "dst", "reg", "reg", "R[a] = R[b] != R[c]."],
  ["COMPARE_OP_GT", "dst", "reg", "reg", "R[a] = R[b] > R[c]."],
  ["COMPARE_OP_GE", "dst", "reg", "reg", "R[a] = R[b] >= R[c]."],
  ["IS_OP", "dst", "reg", "reg", "R[a] = (R[b] is R[c]) as a bool."],
  ["IS_NOT_OP", "dst", "reg", "reg", "R[a] = (R[b] is not R[c]) as a bool."],
  ["CONTAINS_OP", "dst", "reg", "reg", "R[a] = (R[b] in R[c]) as a bool (__contains__, else iteration)."],
  ["NOT_CONTAINS_OP", "dst", "reg", "reg", "R[a] = (R[b] not in R[c]) as a bool."],
  ["UNARY_POSITIVE", "dst", "reg", "-", "R[a] = +R[b]."],
  ["UNARY_NEGATIVE", "dst", "reg", "-", "R[a] = -R[b]."],
  ["UNARY_INVERT", "dst", "reg", "-", "R[a] = ~R[b]."],
  ["UNARY_NOT", "dst", "reg", "-", "R[a] = not R[b] (a bool; calls __bool__ / __len__)."],
  ["JUMP_FORWARD", "target", "-", "-", "Continues at instruction a (a > this index)."],
  [
    "JUMP_BACKWARD",
    "target",
    "-",
    "-",
    "Continues at instruction a (a <= this index): a loop back-edge, where the VM counts hotness and checks limits.",
  ],
  ["POP_JUMP_IF_FALSE", "reg", "target", "-", "If not truth(R[a]), continue at instruction b (forward)."],
  ["POP_JUMP_IF_TRUE", "reg", "target", "-", "If truth(R[a]), continue at instruction b (forward)."],
  ["POP_JUMP_IF_NONE", "reg", "target", "-", "If R[a] is None, continue at instruction b (forward)."],
  ["POP_JUMP_IF_NOT_NONE", "reg", "target", "-", "If R[a] is not None, continue at instruction b (forward)."],
  ["GET_ITER", "dst", "reg", "-", "R[a] = iter(R[b])."],
  [
    "FOR_ITER",
    "dst",
    "reg",
    "target",
    "R[a] = next(iterator R[b]); when the iterator is exhausted (StopIteration, which is cleared), R[a] is left unchanged and execution continues at instruction c (forward).",
  ],
  [
    "GET_YIELD_FROM_ITER",
    "dst",
    "reg",
    "-",
    "R[a] = R[b] if it is a generator, or a coroutine while this code is a coroutine or iterable coroutine (TypeError \"cannot 'yield from' a coroutine object in a non-coroutine generator\" otherwise); else iter(R[b]).",
  ],
  [
    "RETURN_GENERATOR",
    "-",
    "-",
    "-",
    "First instruction of a generator, coroutine or async generator body (after MAKE_CELL / COPY_FREE_VARS): makes the generator object (by co_flags) owning this frame and returns it to the caller; the first resumption continues after this instruction.",
  ],
  [
    "YIELD_VALUE",
    "dst",
    "reg",
    "reg",
    "Suspends the generator, yielding R[b] (for an async generator, a plain yield, with c = -1, yields R[b] as the asend result). On resumption by send(v)/next, R[a] = v (None for next). If c >= 0 this yield is the inside of a `yield from`/`await` loop delegating to the iterator in R[c]; it directly follows the loop's SEND. Then throw()/close() on this generator is first delegated to R[c] as CPython's gen_throw does: a yielded value is yielded again from here; a return value (StopIteration) is stored in R[a] and execution continues at the preceding SEND's target.",
  ],
  [
    "SEND",
    "rw",
    "reg",
    "target",
    "Sends R[a] into iterator R[b] (next(R[b]) if R[a] is None and R[b] is not a generator/coroutine, else R[b].send(R[a])). If it yields v: R[a] = v and execution continues with the next instruction (a YIELD_VALUE). If it returns r (StopIteration): R[a] = r and execution continues at instruction c.",
  ],
  [
    "GET_AWAITABLE",
    "dst",
    "reg",
    "imm",
    'R[a] = the awaitable iterator of R[b] (a coroutine itself, or __await__()); c is 0 for `await`, 1 after __aenter__, 2 after __aexit__, selecting CPython\'s TypeError message. RuntimeError("coroutine is being awaited already") as CPython.',
  ],
  ["GET_AITER", "dst", "reg", "-", "R[a] = R[b].__aiter__() (TypeError as CPython if missing)."],
  [
    "GET_ANEXT",
    "dst",
    "reg",
    "-",
    "R[a] = the awaitable of R[b].__anext__() (as GET_AWAITABLE does for its result).",
  ],
  [
    "END_ASYNC_FOR",
    "reg",
    "-",
    "-",
    "Exception handler of `async for`: if R[a] is a StopAsyncIteration, it is discarded and execution continues with the next instruction; otherwise R[a] is re-raised.",
  ],
  ["RETURN_VALUE", "reg", "-", "-", "Returns R[a] to the caller (or finishes the generator with it)."],
  [
    "BUILD_TUPLE",
    "dst",
    "regs",
    "imm",
    "R[a] = a tuple of the c values R[b..b+c) (b is ignored when c = 0).",
  ],
  ["BUILD_LIST", "dst", "regs", "imm", "R[a] = a list of the c values R[b..b+c)."],
  ["BUILD_SET", "dst", "regs", "imm", "R[a] = a set of the c values R[b..b+c), added in order."],
  [
    "BUILD_MAP",
    "dst",
    "regs",
    "imm",
    "R[a] = a dict of c pairs, key R[b+2i] and value R[b+2i+1], inserted in order.",
  ],
  ["BUILD_STRING", "dst", "regs", "imm", "R[a] = the concatenation of the c strs R[b..b+c)."],
  ["LIST_TO_TUPLE", "dst", "reg", "-", "R[a] = tuple(list R[b])."],
  ["LIST_APPEND", "reg", "reg", "-", "R[a].append(R[b]) (R[a] is a list)."],
  ["SET_ADD", "reg", "reg", "-", "R[a].add(R[b]) (R[a] is a set)."],
  ["MAP_ADD", "reg", "reg", "reg", "R[a][R[b]] = R[c] (R[a] is a dict)."],
  [
    "LIST_EXTEND",
    "reg",
    "reg",
    "-",
    'R[a].extend(R[b]); TypeError("Value after * must be an iterable, not T") if R[b] is not iterable.',
  ],
  ["SET_UPDATE", "reg", "reg", "-", "R[a].update(R[b]) (R[a] is a set)."],
  [
    "DICT_UPDATE",
    "reg",
    "reg",
    "-",
    "R[a].update(R[b]) (a `{**m}` display); TypeError(\"'T' object is not a mapping\") if R[b] has no keys().",
  ],
  [
    "DICT_MERGE",
    "reg",
    "reg",
    "reg",
    "Merges mapping R[b] into dict R[a] for a call's **kwargs; R[c] is the callee, for CPython's messages (\"F() got multiple values for keyword argument 'k'\", \"F() argument after ** must be a mapping, not T\").",
  ],
  [
    "UNPACK_SEQUENCE",
    "dsts",
    "reg",
    "imm",
    'Unpacks iterable R[b] into exactly c values R[a..a+c) in order; ValueError as CPython ("not enough values to unpack (expected c, got n)", "too many values to unpack (expected c)").',
  ],
  [
    "UNPACK_EX",
    "dsts",
    "reg",
    "imm",
    'Starred unpacking of R[b], with before = c & 0xff and after = c >> 8: R[a..a+before) = the first items, R[a+before] = a list of the middle items, R[a+before+1..a+before+1+after) = the last items; ValueError("not enough values to unpack (expected at least N, got n)").',
  ],
  [
    "FORMAT_VALUE",
    "dst",
    "regs",
    "imm",
    "R[a] = format(conv(R[b]), spec) for an f-string field: conv by c & 3 (0 none, 1 str, 2 repr, 3 ascii); spec is R[b+1] if c & 4, else ''.",
  ],
  [
    "KW_NAMES",
    "const",
    "-",
    "-",
    "Sets the keyword names of the next CALL / CALL_METHOD to the tuple of strs co_consts[a]: the last len(names) arguments are keyword arguments.",
  ],
  [
    "CALL",
    "dst",
    "regs",
    "imm",
    "R[a] = R[b](R[b+1], ..., R[b+c]): c arguments, the last ones keyword arguments when a KW_NAMES precedes (vectorcall).",
  ],
  [
    "CALL_METHOD",
    "dst",
    "regs",
    "imm",
    "After LOAD_METHOD into R[b], R[b+1]: if R[b+1] is NULL, R[a] = R[b](R[b+2..b+2+c)); else R[a] = R[b](R[b+1], R[b+2..b+2+c)). KW_NAMES applies as for CALL.",
  ],
  [
    "CALL_FUNCTION_EX",
    "dst",
    "regs",
    "imm",
    "R[a] = R[b](*R[b+1], **R[b+2]); R[b+1] is a tuple; R[b+2] (a dict) is used only if c & 1.",
  ],
  [
    "MAKE_FUNCTION",
    "dst",
    "regs",
    "imm",
    "R[a] = a new function of code object R[b] (a constant) with the current globals, followed in R[b+1], R[b+2], ... by one register per set flag of c, in this order: 0x01 defaults tuple, 0x02 keyword-only defaults dict, 0x04 annotations tuple (name, value, name, value, ...), 0x08 closure tuple of cells. Name and qualname come from the code object.",
  ],
  [
    "LOAD_BUILD_CLASS",
    "dst",
    "-",
    "-",
    'R[a] = builtins.__build_class__ (NameError "__build_class__ not found").',
  ],
  [
    "SETUP_ANNOTATIONS",
    "-",
    "-",
    "-",
    "If the locals mapping has no '__annotations__', sets it to a new dict (module and class bodies with annotations).",
  ],
  [
    "LOAD_ASSERTION_ERROR",
    "dst",
    "-",
    "-",
    "R[a] = AssertionError (the builtin type, not looked up by name).",
  ],
  [
    "RAISE_VARARGS",
    "reg",
    "reg",
    "imm",
    'c = 0: re-raise the exception being handled (RuntimeError("No active exception to reraise") if none); c = 1: raise R[a]; c = 2: raise R[a] from R[b].',
  ],
  [
    "RERAISE",
    "reg",
    "reg",
    "-",
    "Re-raises exception R[a] without adding a traceback entry for this frame. If b >= 0, R[b] holds the instruction index recorded by the exception table entry (lasti), which becomes the frame's current instruction first, so the traceback line is where the exception first happened.",
  ],
  [
    "PUSH_EXC_INFO",
    "dst",
    "reg",
    "-",
    "Start of an except/finally handler: R[a] = the currently handled exception (sys.exception(), NULL-free: None if none), then the handled exception becomes R[b].",
  ],
  ["POP_EXCEPT", "reg", "-", "-", "End of a handler: the currently handled exception becomes R[a] again."],
  [
    "CHECK_EXC_MATCH",
    "dst",
    "reg",
    "reg",
    'R[a] = isinstance-match of exception R[b] against R[c] (a class or tuple of classes); TypeError("catching classes that do not inherit from BaseException is not allowed") as CPython.',
  ],
  [
    "CHECK_EG_MATCH",
    "dsts",
    "reg",
    "reg",
    'except*: splits exception R[b] by type R[c] (TypeError as CPython for invalid types or ExceptionGroup types). No match: R[a] = R[b], R[a+1] = None. Match: R[a] = the rest (or None), R[a+1] = the matching group (a naked exception is wrapped in an ExceptionGroup("", [exc])), and the handled exception becomes R[a+1].',
  ],
  [
    "PREP_RERAISE_STAR",
    "dst",
    "reg",
    "reg",
    "End of try/except*: R[a] = the exception to re-raise (None if nothing) from the original exception R[b] and the list R[c] of exceptions raised or re-raised by the except* clauses, as CPython's _PyExc_PrepReraiseStar.",
  ],
  [
    "BEFORE_WITH",
    "dsts",
    "reg",
    "-",
    "R[a] = the bound __exit__ of context manager R[b], then R[a+1] = R[b].__enter__() (TypeError \"'T' object does not support the context manager protocol\" as CPython).",
  ],
  [
    "BEFORE_ASYNC_WITH",
    "dsts",
    "reg",
    "-",
    "R[a] = the bound __aexit__ of R[b], then R[a+1] = R[b].__aenter__() (to be awaited; TypeError \"'T' object does not support the asynchronous context manager protocol\").",
  ],
  [
    "WITH_EXCEPT_START",
    "dst",
    "reg",
    "reg",
    "R[a] = R[b](type(R[c]), R[c], R[c].__traceback__): calls a bound __exit__ / __aexit__ with exception R[c].",
  ],
  [
    "IMPORT_NAME",
    "dst",
    "name",
    "regs",
    "R[a] = __import__(co_names[b], globals, locals, fromlist R[c+1], level R[c]) (through the import machinery as CPython's import_name).",
  ],
  [
    "IMPORT_FROM",
    "dst",
    "reg",
    "name",
    "R[a] = attribute co_names[c] of module R[b], falling back to sys.modules[R[b].__name__ + '.' + name]; ImportError(\"cannot import name ...\") as CPython.",
  ],
  [
    "IMPORT_STAR",
    "reg",
    "-",
    "-",
    "`from R[a] import *` into the locals mapping (respects __all__ and _names).",
  ],
  [
    "PRINT_EXPR",
    "reg",
    "-",
    "-",
    'Interactive mode (`single`): calls sys.displayhook(R[a]) (RuntimeError("lost sys.displayhook") if missing).',
  ],
  ["GET_LEN", "dst", "reg", "-", "R[a] = len(R[b]) (pattern matching)."],
  [
    "MATCH_MAPPING",
    "dst",
    "reg",
    "-",
    "R[a] = whether type(R[b]) is a mapping for pattern matching (Py_TPFLAGS_MAPPING).",
  ],
  [
    "MATCH_SEQUENCE",
    "dst",
    "reg",
    "-",
    "R[a] = whether type(R[b]) is a sequence for pattern matching (Py_TPFLAGS_SEQUENCE; not str, bytes, bytearray).",
  ],
  [
    "MATCH_KEYS",
    "dst",
    "reg",
    "reg",
    "R[a] = a tuple of the values of mapping R[b] at the keys in tuple R[c] (looked up with get(key, sentinel)), or None if a key is missing.",
  ],
  [
    "MATCH_CLASS",
    "dst",
    "regs",
    "imm",
    "Class pattern: subject R[b], class R[b+1], keyword attribute names R[b+2] (a tuple of strs), c positional subpatterns. R[a] = the tuple of extracted attributes (c positional via __match_args__, then the keywords), or None if R[b] is not an instance or an attribute is missing; TypeError as CPython.",
  ],
  [
    "COPY_DICT_WITHOUT_KEYS",
    "dst",
    "reg",
    "reg",
    "R[a] = a new dict copy of mapping R[b] without the keys in tuple R[c] (the `**rest` of a mapping pattern).",
  ],
];

export const OPCODES: readonly OpcodeInfo[] = ROWS.map(([name, a, b, c, doc], code) => ({
  name,
  code,
  operands: [a, b, c] as const,
  doc,
}));

/** Opcode numbers by name: `Op.LOAD_ATTR`. */
export const Op = Object.freeze(Object.fromEntries(OPCODES.map((o) => [o.name, o.code]))) as Readonly<
  Record<OpName, number>
>;

export type OpName =
  | "NOP"
  | "MOVE"
  | "LOAD_FAST_CHECK"
  | "DELETE_FAST"
  | "MAKE_CELL"
  | "COPY_FREE_VARS"
  | "LOAD_DEREF"
  | "STORE_DEREF"
  | "DELETE_DEREF"
  | "LOAD_CLASSDEREF"
  | "LOAD_NAME"
  | "STORE_NAME"
  | "DELETE_NAME"
  | "LOAD_GLOBAL"
  | "STORE_GLOBAL"
  | "DELETE_GLOBAL"
  | "LOAD_ATTR"
  | "STORE_ATTR"
  | "DELETE_ATTR"
  | "LOAD_METHOD"
  | "BINARY_SUBSCR"
  | "STORE_SUBSCR"
  | "DELETE_SUBSCR"
  | "BUILD_SLICE"
  | "BINARY_OP_ADD"
  | "BINARY_OP_SUBTRACT"
  | "BINARY_OP_MULTIPLY"
  | "BINARY_OP_MATRIX_MULTIPLY"
  | "BINARY_OP_TRUE_DIVIDE"
  | "BINARY_OP_FLOOR_DIVIDE"
  | "BINARY_OP_REMAINDER"
  | "BINARY_OP_POWER"
  | "BINARY_OP_LSHIFT"
  | "BINARY_OP_RSHIFT"
  | "BINARY_OP_AND"
  | "BINARY_OP_OR"
  | "BINARY_OP_XOR"
  | "BINARY_OP_INPLACE_ADD"
  | "BINARY_OP_INPLACE_SUBTRACT"
  | "BINARY_OP_INPLACE_MULTIPLY"
  | "BINARY_OP_INPLACE_MATRIX_MULTIPLY"
  | "BINARY_OP_INPLACE_TRUE_DIVIDE"
  | "BINARY_OP_INPLACE_FLOOR_DIVIDE"
  | "BINARY_OP_INPLACE_REMAINDER"
  | "BINARY_OP_INPLACE_POWER"
  | "BINARY_OP_INPLACE_LSHIFT"
  | "BINARY_OP_INPLACE_RSHIFT"
  | "BINARY_OP_INPLACE_AND"
  | "BINARY_OP_INPLACE_OR"
  | "BINARY_OP_INPLACE_XOR"
  | "COMPARE_OP_LT"
  | "COMPARE_OP_LE"
  | "COMPARE_OP_EQ"
  | "COMPARE_OP_NE"
  | "COMPARE_OP_GT"
  | "COMPARE_OP_GE"
  | "IS_OP"
  | "IS_NOT_OP"
  | "CONTAINS_OP"
  | "NOT_CONTAINS_OP"
  | "UNARY_POSITIVE"
  | "UNARY_NEGATIVE"
  | "UNARY_INVERT"
  | "UNARY_NOT"
  | "JUMP_FORWARD"
  | "JUMP_BACKWARD"
  | "POP_JUMP_IF_FALSE"
  | "POP_JUMP_IF_TRUE"
  | "POP_JUMP_IF_NONE"
  | "POP_JUMP_IF_NOT_NONE"
  | "GET_ITER"
  | "FOR_ITER"
  | "GET_YIELD_FROM_ITER"
  | "RETURN_GENERATOR"
  | "YIELD_VALUE"
  | "SEND"
  | "GET_AWAITABLE"
  | "GET_AITER"
  | "GET_ANEXT"
  | "END_ASYNC_FOR"
  | "RETURN_VALUE"
  | "BUILD_TUPLE"
  | "BUILD_LIST"
  | "BUILD_SET"
  | "BUILD_MAP"
  | "BUILD_STRING"
  | "LIST_TO_TUPLE"
  | "LIST_APPEND"
  | "SET_ADD"
  | "MAP_ADD"
  | "LIST_EXTEND"
  | "SET_UPDATE"
  | "DICT_UPDATE"
  | "DICT_MERGE"
  | "UNPACK_SEQUENCE"
  | "UNPACK_EX"
  | "FORMAT_VALUE"
  | "KW_NAMES"
  | "CALL"
  | "CALL_METHOD"
  | "CALL_FUNCTION_EX"
  | "MAKE_FUNCTION"
  | "LOAD_BUILD_CLASS"
  | "SETUP_ANNOTATIONS"
  | "LOAD_ASSERTION_ERROR"
  | "RAISE_VARARGS"
  | "RERAISE"
  | "PUSH_EXC_INFO"
  | "POP_EXCEPT"
  | "CHECK_EXC_MATCH"
  | "CHECK_EG_MATCH"
  | "PREP_RERAISE_STAR"
  | "BEFORE_WITH"
  | "BEFORE_ASYNC_WITH"
  | "WITH_EXCEPT_START"
  | "IMPORT_NAME"
  | "IMPORT_FROM"
  | "IMPORT_STAR"
  | "PRINT_EXPR"
  | "GET_LEN"
  | "MATCH_MAPPING"
  | "MATCH_SEQUENCE"
  | "MATCH_KEYS"
  | "MATCH_CLASS"
  | "COPY_DICT_WITHOUT_KEYS";

/** Words per instruction in CodeObject.code. */
export const INSTRUCTION_WORDS = 4;

/** FORMAT_VALUE flags. */
export const FVC_MASK = 3;
export const FVC_NONE = 0;
export const FVC_STR = 1;
export const FVC_REPR = 2;
export const FVC_ASCII = 3;
export const FVS_HAVE_SPEC = 4;

/** MAKE_FUNCTION flags. */
export const MF_DEFAULTS = 0x01;
export const MF_KWDEFAULTS = 0x02;
export const MF_ANNOTATIONS = 0x04;
export const MF_CLOSURE = 0x08;
