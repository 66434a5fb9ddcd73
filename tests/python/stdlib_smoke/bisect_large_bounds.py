# bisect over sequences longer than 2**53 (a range can be), and the bounds' overflow errors.
import sys, bisect
n = sys.maxsize
data = range(n - 1)
print(bisect.bisect_left(data, n - 3), bisect.bisect_right(data, n - 3))
print(bisect.bisect_left(data, n - 3, n - 10, n), bisect.bisect_right(data, n - 3, n - 10, n))
print(bisect.bisect_left(data, 5))
for lo, hi in [(2**63, None), (0, 2**63), (-1, None)]:
    try:
        bisect.bisect_left([1, 2], 1, lo, hi)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
a = [1, 3]
bisect.insort(a, 2); bisect.insort_left(a, 0, 0, 2); print(a)
