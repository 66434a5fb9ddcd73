# sys.set_coroutine_origin_tracking_depth and cr_origin: the innermost frames a coroutine
# was made in, as (filename, line, function) tuples.
import os
import sys


async def corofn():
    pass


def origin(coro):
    o = coro.cr_origin
    coro.close()
    return None if o is None else [(os.path.basename(f), line, name) for f, line, name in o]


print(sys.get_coroutine_origin_tracking_depth())
print(origin(corofn()))
sys.set_coroutine_origin_tracking_depth(1)
print(sys.get_coroutine_origin_tracking_depth(), origin(corofn()))


def nested():
    return corofn()


def outer():
    return nested()


sys.set_coroutine_origin_tracking_depth(2)
print(origin(outer()))
sys.set_coroutine_origin_tracking_depth(depth=3)
print(origin(outer()))
sys.set_coroutine_origin_tracking_depth(1000)
print(len(origin(outer())) < 1000)
for bad in (-1, 1.5, 2**40, "1"):
    try:
        sys.set_coroutine_origin_tracking_depth(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    sys.set_coroutine_origin_tracking_depth()
except TypeError as e:
    print("TypeError", e)
print(sys.get_coroutine_origin_tracking_depth())
sys.set_coroutine_origin_tracking_depth(0)
print(origin(outer()))
