# Slicing in compiled code: plain int/None bounds take a path without the frame; bools, big
# ints, __index__ objects, a zero step and the errors must behave as the general path does.
import sys


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        # Reading the stack from inside a slice bound sees the caller's frame and line.
        f = sys._getframe(1)
        print("index from", f.f_code.co_name, f.f_lineno)
        return self.v


def get(x, a, b, c):
    return x[a:b:c]


def get2(x, a, b):
    return x[a:b]


def put(x, a, b, v):
    x[a:b] = v
    return x


def put3(x, a, b, c, v):
    x[a:b:c] = v
    return x


t = (1, 2, 3, 4, 5)
for _ in range(300):
    r = (get([1, 2, 3, 4, 5], 1, None, 2), get("héllo wörld", None, None, -1), get(t, 0, 10, 1),
         get2("abc\U0001F600def", 2, 5), get2(b"bytes!", 1, -1), get2(bytearray(b"xyz"), 0, 2))
print(r)
print(get(t, None, None, None) is t, get2(t, 0, 5) is t, get2(t, 1, 5))
print(get([1, 2, 3], True, None, None), get("abcdef", 1, 2**70, 1), get("abcdef", -2**70, 3, None))
print(get([0, 1, 2, 3, 4], Idx(1), Idx(4), None))
print(get2("a" * 10, -3, -1), get2([], 5, 9), get("xyz", 5, -10, -1))
for bad in (0, "1", 1.5):
    try:
        get([1, 2, 3], None, None, bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    get2(5, 1, 2)
except TypeError as e:
    print("TypeError", e)

lst = list(range(10))
for _ in range(300):
    put(lst, 2, 4, [20, 30, 40])
    del lst[4]
print(lst)
print(put([1, 2, 3], 1, 1, (9, 9)), put([1, 2, 3], None, None, []), put([1, 2], 0, 1, "ab"))
a = [1, 2, 3]
print(put(a, 0, 0, a))
print(put3([0, 1, 2, 3, 4, 5], None, None, 2, ["a", "b", "c"]))
try:
    put3([0, 1, 2, 3], None, None, 2, [1])
except ValueError as e:
    print("ValueError", e)
try:
    put([1, 2], 0, 1, 5)
except TypeError as e:
    print("TypeError", e)
try:
    put((1, 2), 0, 1, [5])
except TypeError as e:
    print("TypeError", e)
print(put([0, 1, 2, 3], Idx(1), Idx(3), ["x"]))


def fail_in_slice():
    return get([1, 2, 3], None, None, 0)


fail_in_slice()
