# bench-group: language
"""copy.deepcopy of nested containers, instances and shared/cyclic references."""

import copy

from _harness import run


class Node(object):
    def __init__(self, name, children):
        self.name = name
        self.children = children
        self.parent = None
        self.meta = {"tags": [name, name.upper()], "size": len(name)}


def build():
    root = Node("root", [])
    for i in range(30):
        child = Node("child%d" % i, [Node("leaf%d_%d" % (i, j), []) for j in range(5)])
        child.parent = root
        for leaf in child.children:
            leaf.parent = child
        root.children.append(child)
    shared = [1, 2, 3]
    data = {
        "tree": root,
        "numbers": list(range(200)),
        "pairs": [(i, str(i), float(i)) for i in range(100)],
        "shared": (shared, shared),
        "nested": {"a": {"b": {"c": [shared, {"d": frozenset([1, 2])}]}}},
    }
    data["self"] = data
    return data


def count_nodes(node):
    return 1 + sum(count_nodes(c) for c in node.children)


def workload():
    data = build()
    total = 0
    for _ in range(36):
        clone = copy.deepcopy(data)
        if clone["self"] is not clone or clone["shared"][0] is not clone["shared"][1]:
            return "structure lost"
        if clone["tree"] is data["tree"] or clone["tree"].children[0].parent is not clone["tree"]:
            return "tree not copied"
        total += count_nodes(clone["tree"]) + len(clone["pairs"])
    return total


if __name__ == "__main__":
    run(workload, 10116)
