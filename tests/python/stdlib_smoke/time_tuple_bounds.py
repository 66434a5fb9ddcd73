# struct_time arguments are C ints: out of range fields overflow, a year below INT_MIN + 1900
# overflows, and tm_wday goes through C's remainder (-1 is Sunday, -2 is refused).
import time

print(time.strftime("%a %A", (1900, 1, 1, 0, 0, 0, -1, 1, -1)))
print(time.asctime((1900, 1, 1, 0, 0, 0, -1, 1, -1)))
print(time.strftime("%a", (2024, 5, 6, 0, 0, 0, 13, 1, -1)))
for fields in (
    (1900, 1, 1, 0, 0, 0, -2, 1, -1),
    (2 ** 31, 1, 1, 0, 0, 0, 0, 1, 0),
    (-(2 ** 31) - 1, 1, 1, 0, 0, 0, 0, 1, 0),
    (-(2 ** 31) + 1899, 1, 1, 0, 0, 0, 0, 1, 0),
    (2000, 2 ** 40, 1, 0, 0, 0, 0, 1, 0),
):
    for fn in (time.asctime, lambda t: time.strftime("%Y", t), time.mktime):
        try:
            print(fn(fields))
        except (OverflowError, ValueError) as e:
            print(type(e).__name__, e)
print(time.strftime("%Y", (-(2 ** 31) + 1900, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.asctime((2 ** 31 - 1, 1, 1, 0, 0, 0, 0, 1, 0)))
