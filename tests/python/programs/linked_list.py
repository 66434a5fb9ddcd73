class Node:
    __slots__ = ('val', 'next')
    def __init__(self, val, nxt=None): self.val, self.next = val, nxt
class LinkedList:
    def __init__(self, it=()):
        self.head = None; self.size = 0
        for v in reversed(list(it)): self.push(v)
    def push(self, v): self.head = Node(v, self.head); self.size += 1
    def __iter__(self):
        n = self.head
        while n: yield n.val; n = n.next
    def __len__(self): return self.size
    def __repr__(self): return 'LL(' + ' -> '.join(map(repr, self)) + ')'
    def reverse(self):
        prev, n = None, self.head
        while n: n.next, prev, n = prev, n, n.next
        self.head = prev
    def __getitem__(self, i):
        for k, v in enumerate(self):
            if k == i: return v
        raise IndexError('LinkedList index out of range')
ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll), ll[2], 3 in ll, list(ll))
ll.reverse(); print(ll)
ll.push(0); print(ll, sum(ll), max(ll))
try: ll[10]
except IndexError as e: print('IndexError:', e)
