import heapq
tasks = []
for prio, name in [(3, 'write'), (1, 'plan'), (2, 'code'), (1, 'coffee'), (5, 'ship')]:
    heapq.heappush(tasks, (prio, name))
order = []
while tasks:
    order.append(heapq.heappop(tasks))
print(order)
print(heapq.nsmallest(3, [('b', 2), ('a', 2), ('c', 1)], key=lambda t: t[1]))
