# A chain of objects with __del__, each holding the next: one gc.collect() finalises them
# all, outermost first (CPython frees the chain as its last reference goes).
import gc

deleted = []


class Node:
    def __init__(self, i, inner):
        self.i = i
        self.inner = inner

    def __del__(self):
        deleted.append(self.i)


obj = None
for i in range(150):
    obj = Node(i, obj)
del obj
gc.collect()
print(len(deleted), deleted == list(reversed(range(150))))
