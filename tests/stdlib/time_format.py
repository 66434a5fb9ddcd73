# time with fixed timestamps (UTC), struct_time and strftime.
import time

t = time.gmtime(1700000000)
print(t)
print(t.tm_year, t.tm_yday, t.tm_wday, t[0:3], len(t))
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %y %p %I %%", t))
print(time.strftime("%c | %x | %X | %D | %T | %e | %G-W%V-%u", t))
print(time.asctime(t))
print(time.gmtime(0))
print(time.strftime("%Y-%m-%d", (2024, 2, 29, 0, 0, 0, 3, 60, 0)))
print(time.strftime("%G %V %U %W", time.gmtime(1704067200)))
a = time.monotonic(); b = time.monotonic(); print(b >= a)
print(type(time.time()).__name__, type(time.time_ns()).__name__, type(time.perf_counter_ns()).__name__)
time.sleep(0.001)
print(time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0)).tm_mday)
try:
    time.strftime("%Y", (2020, 13, 1, 0, 0, 0, 0, 1, 0))
except ValueError as e:
    print("ValueError", e)
