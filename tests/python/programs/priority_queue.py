class Heap:
    def __init__(self, key=lambda x: x): self.a, self.key = [], key
    def push(self, x):
        a = self.a; a.append(x); i = len(a) - 1
        while i and self.key(a[(i - 1) // 2]) > self.key(a[i]):
            a[i], a[(i - 1) // 2] = a[(i - 1) // 2], a[i]; i = (i - 1) // 2
    def pop(self):
        a = self.a; top = a[0]; last = a.pop()
        if a:
            a[0] = last; i = 0
            while True:
                l, r, m = 2 * i + 1, 2 * i + 2, i
                if l < len(a) and self.key(a[l]) < self.key(a[m]): m = l
                if r < len(a) and self.key(a[r]) < self.key(a[m]): m = r
                if m == i: break
                a[i], a[m] = a[m], a[i]; i = m
        return top
    def __len__(self): return len(self.a)
h = Heap()
for v in [5, 3, 9, 1, 7, 2, 8, 1]: h.push(v)
print([h.pop() for _ in range(len(h))])
def dijkstra(graph, src):
    dist = {src: 0}; pq = Heap(key=lambda t: t[0]); pq.push((0, src)); done = set()
    while len(pq):
        d, u = pq.pop()
        if u in done: continue
        done.add(u)
        for v, w in graph.get(u, []):
            if d + w < dist.get(v, float('inf')):
                dist[v] = d + w; pq.push((d + w, v))
    return dist
g = {'a': [('b', 7), ('c', 9), ('f', 14)], 'b': [('c', 10), ('d', 15)], 'c': [('d', 11), ('f', 2)], 'd': [('e', 6)], 'f': [('e', 9)]}
print(sorted(dijkstra(g, 'a').items()))
