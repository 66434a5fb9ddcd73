import sys
sys.setrecursionlimit(20000)
def f(n):
    return 0 if n == 0 else 1 + f(n - 1)
for i in range(300): f(20)
print(f(15000))
class Node:
    def __init__(self, nxt): self.nxt = nxt
    def depth(self): return 1 + (self.nxt.depth() if self.nxt else 0)
n = None
for i in range(8000): n = Node(n)
print(n.depth())
