class BST:
    def __init__(self): self.root = None
    def insert(self, k):
        def ins(n):
            if n is None: return [k, None, None]
            if k < n[0]: n[1] = ins(n[1])
            elif k > n[0]: n[2] = ins(n[2])
            return n
        self.root = ins(self.root)
    def inorder(self):
        def walk(n):
            if n: yield from walk(n[1]); yield n[0]; yield from walk(n[2])
        return list(walk(self.root))
    def height(self):
        def h(n): return 0 if n is None else 1 + max(h(n[1]), h(n[2]))
        return h(self.root)
    def __contains__(self, k):
        n = self.root
        while n:
            if k == n[0]: return True
            n = n[1] if k < n[0] else n[2]
        return False
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]: t.insert(k)
print(t.inorder(), t.height(), 45 in t, 55 in t)
t2 = BST()
for k in range(20): t2.insert(k)
print(t2.height(), t2.inorder()[-3:])
