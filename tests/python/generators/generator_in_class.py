class Tree:
    def __init__(self, v, *kids):
        self.v, self.kids = v, kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
    def bfs(self):
        q = [self]
        while q:
            n = q.pop(0)
            yield n.v
            q.extend(n.kids)
t = Tree(1, Tree(2, Tree(4)), Tree(3, Tree(5), Tree(6)))
print(list(t), list(t.bfs()), sum(t), max(t), 5 in t)
