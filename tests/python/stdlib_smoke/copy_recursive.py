import copy
a = [1, 2]
a.append(a)
b = copy.deepcopy(a)
print(b[2] is b, b[2] is a, len(b))
d = {'x': [1]}
e = copy.copy(d)
e['x'].append(2)
print(d)
class Node:
    def __init__(self, v): self.v, self.children = v, []
n = Node(1); n.children.append(Node(2))
m = copy.deepcopy(n)
m.children[0].v = 99
print(n.children[0].v, m.children[0].v)
