# Each time function words its argument errors as its C calling convention does.
import time

names = ['asctime', 'ctime', 'gmtime', 'localtime', 'mktime', 'strftime', 'strptime', 'sleep',
         'time', 'time_ns', 'monotonic', 'perf_counter', 'process_time', 'thread_time',
         'get_clock_info', 'monotonic_ns', 'perf_counter_ns', 'process_time_ns', 'tzset',
         'thread_time_ns']
for name in names:
    f = getattr(time, name)
    for args in [(), (1, 2, 3), (None, None)]:
        try:
            f(*args)
            print(name, len(args), 'ok')
        except Exception as e:
            print(name, len(args), type(e).__name__, e)
    try:
        f(x=1)
    except Exception as e:
        print(name, 'kw', type(e).__name__, e)

for f, a in [(time.strftime, (1,)), (time.strftime, (None,)), (time.strftime, ('%Y', 5)),
             (time.get_clock_info, (1,)), (time.get_clock_info, (None,)),
             (time.get_clock_info, ('x',)), (time.get_clock_info, ('a\0b',)),
             (time.strftime, ('%Y\0',)), (time.strptime, (1,)), (time.strptime, ('1', 2)),
             (time.mktime, (5,)), (time.asctime, (5,)), (time.gmtime, ('x',)),
             (time.sleep, ('x',)), (time.sleep, (-1,))]:
    try:
        print(f(*a))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

# Seconds: floats round down, other objects go through __index__.
class F(float): pass
class I:
    def __index__(self): return 7
class Fl:
    def __float__(self): return 7.0
for a in [-1.5, 1.5, -0.5, F(2.7), True, I(), Fl(), 2**70, 1e300, float('inf'), float('nan')]:
    try:
        print(tuple(time.gmtime(a))[:6])
    except Exception as e:
        print(type(e).__name__, e)
class Z:
    def __index__(self): return 0
for a in [Z(), Fl(), 2**70, 2**62, 1e300, float('inf'), float('nan'), False, 0, 0.0, F(0.0)]:
    try:
        print(time.sleep(a))
    except Exception as e:
        print('sleep', type(e).__name__, e)
