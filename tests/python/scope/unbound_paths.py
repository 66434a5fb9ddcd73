# Reads of locals that are bound on some paths only: each must raise UnboundLocalError
# exactly where CPython does, and nowhere else.

def report(f, *args):
    try:
        print(f.__name__, f(*args))
    except UnboundLocalError as e:
        print(f.__name__, "UnboundLocalError:", e)


def second_iteration(n):
    out = []
    for i in range(n):
        if i > 0:
            out.append(prev)
        prev = i * 2
    return out


def assigned_in_else(items):
    for x in items:
        if x < 0:
            break
    else:
        found = "none negative"
    return found


def while_else(n):
    while n > 0:
        n -= 1
        if n == 5:
            hit = n
            break
    return hit


def deleted_in_loop(n):
    v = 0
    for i in range(n):
        v += i
        if i == 2:
            del v
            v = 100
        if i == 4:
            del v
    return v


def except_target_cleared():
    try:
        1 / 0
    except ZeroDivisionError as err:
        msg = str(err)
    return msg, err


def bound_before_raise(flag):
    try:
        a = 1
        if flag:
            raise ValueError
        b = 2
    except ValueError:
        return a
    return a + b


def unbound_in_handler(flag):
    try:
        if flag:
            raise KeyError
        c = 3
    except KeyError:
        return c
    return c


def finally_reads(flag):
    try:
        if flag:
            return "early"
        d = 4
    finally:
        print("  finally sees d:", "d" in locals())
    return d


def with_binding(flag):
    class CM:
        def __enter__(self):
            return "entered"

        def __exit__(self, *a):
            return True

    with CM() as value:
        if flag:
            raise RuntimeError("swallowed")
        other = 1
    return value, other


def match_binding(subject):
    match subject:
        case [first, *_]:
            pass
        case {"k": first}:
            pass
        case _:
            pass
    return first


def walrus(items):
    if any((last := x) > 2 for x in items):
        pass
    return [y for y in items if (seen := y)], seen


def arg_deleted(a, flag):
    if flag:
        del a
    return a


def loop_never_runs(items):
    for item in items:
        pass
    return item


def nested_try(n):
    for i in range(n):
        try:
            try:
                if i == 1:
                    raise ValueError
                inner = i
            finally:
                outer = i
        except ValueError:
            pass
    return inner, outer


def closure_reads_later():
    def get():
        return late
    first = get
    try:
        first()
    except NameError as e:
        print("  closure:", type(e).__name__, e)
    late = "now bound"
    return get()


for f, args in [
    (second_iteration, (4,)),
    (assigned_in_else, ([1, 2],)),
    (assigned_in_else, ([1, -2],)),
    (while_else, (10,)),
    (while_else, (3,)),
    (deleted_in_loop, (3,)),
    (deleted_in_loop, (6,)),
    (except_target_cleared, ()),
    (bound_before_raise, (True,)),
    (bound_before_raise, (False,)),
    (unbound_in_handler, (True,)),
    (unbound_in_handler, (False,)),
    (finally_reads, (True,)),
    (finally_reads, (False,)),
    (with_binding, (False,)),
    (with_binding, (True,)),
    (match_binding, ([1, 2],)),
    (match_binding, ({"k": 9},)),
    (match_binding, (5,)),
    (walrus, ([1, 5, 2],)),
    (walrus, ([],)),
    (arg_deleted, (1, False)),
    (arg_deleted, (1, True)),
    (loop_never_runs, ([3],)),
    (loop_never_runs, ([],)),
    (nested_try, (1,)),
    (nested_try, (3,)),
    (closure_reads_later, ()),
]:
    report(f, *args)

# The same functions hot: the JIT compiles them after many calls.
for _ in range(300):
    second_iteration(3)
    deleted_in_loop(3)
    bound_before_raise(False)
    unbound_in_handler(False)
    loop_never_runs([1])
report(second_iteration, (5))
report(deleted_in_loop, 6)
report(unbound_in_handler, True)
report(loop_never_runs, [])
