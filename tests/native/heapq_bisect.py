import _heapq
import heapq

s = 7
data = []
for i in range(200):
    s = (s * 1103515245 + 12345) % 2 ** 31
    data.append(s % 1000)
h = []
for x in data:
    heapq.heappush(h, x)
print(h[:20])
print([heapq.heappop(h) for _ in range(10)])
h2 = list(data)
heapq.heapify(h2)
print(h2[:20], heapq.heapreplace(h2, 500), heapq.heappushpop(h2, 3), heapq.heappushpop(h2, 999), h2[:10])
print(heapq.nlargest(5, data), heapq.nsmallest(5, data), list(heapq.merge([1, 4, 7], [2, 5], [3, 9])))
print(list(heapq.merge([7, 4, 1], [5, 2], reverse=True)), heapq.nlargest(3, data, key=lambda v: -v))
m = list(data[:30])
_heapq._heapify_max(m)
print(m[:10], _heapq._heappop_max(m), _heapq._heapreplace_max(m, 0), m[:10])
print(sorted(heapq.heappop(h2) for _ in range(len(h2)))[:5] if False else "")
t = [(2, "b"), (1, "a"), (1, "c")]
heapq.heapify(t)
print(t, heapq.heappop(t))
for e in ["_heapq.heappush((), 1)", "_heapq.heappush([])", "_heapq.heappop(())", "_heapq.heappop([])",
          "_heapq.heapreplace([], 1)", "_heapq.heapify(1)", "_heapq.heappushpop((), 1)",
          "_heapq._heappop_max([])", "_heapq.heappushpop([], 4)", "heapq.heapify([1, 'a'])"]:
    try:
        print(e, repr(eval(e)))
    except Exception as x:
        print(e, type(x).__name__, x)

import _bisect
import bisect

a = sorted(data[:50])
print([bisect.bisect_left(a, v) for v in (0, 5, 500, 999, 1000)], [bisect.bisect_right(a, v) for v in (0, 5, 500)])
print(bisect.bisect(a, 500, 10, 20), bisect.bisect_left(a, 500, hi=10), bisect.bisect_right([1, 2], 1, 5))
recs = [(1, "a"), (3, "b"), (5, "c")]
print(bisect.bisect_left(recs, 3, key=lambda r: r[0]), bisect.bisect_right(recs, 3, key=lambda r: r[0]))
bisect.insort(recs, (4, "d"), key=lambda r: r[0])
bisect.insort_left(recs, (0, "z"))
print(recs)
b = []
for v in data[:20]:
    bisect.insort_right(b, v)
print(b, bisect.bisect_left("abcde", "c"))


class Seq(list):
    def insert(self, i, x):
        print("insert", i, x)
        list.insert(self, i, x)


bisect.insort(Seq([1, 3]), 2)
for e in ["_bisect.bisect_right([], 1, -1)", "_bisect.bisect_right(1, 1)", '_bisect.bisect_right([1], 1, "a")',
          "_bisect.insort_right(1, 1)", "_bisect.bisect_right([1, 2], 1, 0, None)",
          "_bisect.bisect_right([1, 2], 1, hi=-5)", "_bisect.bisect_left([1, 2], 1, lo=None)",
          "_bisect.insort_left((1, 2), 1)", "_bisect.bisect_right([1], 1, 2**70)"]:
    try:
        print(e, repr(eval(e)))
    except Exception as x:
        print(e, type(x).__name__, x)
