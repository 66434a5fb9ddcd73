# Lines whose code is only a jump, or nothing, still get a 'line' event, as CPython's NOPs
# give them: a constant test (`if False:`, every turn of `while True:`), `break`,
# `continue`, and a match statement's `case _:`.
import sys


def lines(func, *args):
    out = []

    def trace(frame, event, arg):
        if event == "line" and frame.f_code is func.__code__:
            out.append(frame.f_lineno - func.__code__.co_firstlineno)
        return trace

    sys.settrace(trace)
    try:
        func(*args)
    finally:
        sys.settrace(None)
    return out


def constant_tests(x):
    if False:
        return 1
    while False:
        pass
    if 0:
        pass
    elif 1:
        x = 2
    if not False or x:
        pass
    if None:
        pass
    if True and x:
        pass
    return x


def loops(x):
    n = 0
    while True:
        n += 1
        if n > 2:
            break
    for i in range(3):
        if i == 0:
            continue
        if i == 2:
            break
    return n


def through_finally(x):
    for i in range(2):
        try:
            continue
        finally:
            x += 1
    while 1:
        try:
            break
        finally:
            x += 1
    return x


def default_wildcard(command):
    match command.split():
        case ["go", direction] if direction in "nesw":
            return f"go {direction}"
        case ["go", _]:
            return "no go"
        case _:
            return "default"


def only_wildcard(command):
    match command.split():
        case _:
            return "default"


def unreachable(command):
    match command:
        case 1:
            if False:
                return 1
        case _:
            if False:
                return 0


print(lines(constant_tests, 0))
print(lines(loops, 0))
print(lines(through_finally, 0))
for arg in ["go n", "go x", "spam"]:
    print(lines(default_wildcard, arg), lines(only_wildcard, arg))
print(lines(unreachable, 1), lines(unreachable, 0))
