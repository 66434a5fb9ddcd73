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
