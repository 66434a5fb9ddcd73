import heapq, bisect
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print([heapq.heappop(h) for _ in range(3)], h[0])
print(heapq.nlargest(2, [4, 1, 7, 3]), heapq.nsmallest(2, [4, 1, 7, 3], key=lambda x: -x), list(heapq.merge([1, 4], [2, 3])))
x = [3, 1, 2]; heapq.heapify(x); print(x, heapq.heappushpop(x, 0), heapq.heapreplace(x, 10), x)
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 0))
bisect.insort(a, 5); print(a)
