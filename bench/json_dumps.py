# bench-group: library
"""json.dumps of nested documents: compact, indented and key-sorted."""

import json

from _harness import run


def make_document():
    users = []
    for i in range(300):
        users.append({
            "id": i,
            "name": "user %d" % i,
            "email": "user%d@example.org" % i,
            "active": i % 3 != 0,
            "score": i * 0.25,
            "tags": ["t%d" % (i % 7), "g%d" % (i % 5)],
            "address": {"street": "%d Main St" % i, "city": "Town \u00e9 %d" % (i % 10), "zip": None},
        })
    return {"version": 3, "users": users, "unicode": "snowman \u2603 and quote \" and tab \t"}


def workload():
    doc = make_document()
    total = 0
    for _ in range(12):
        a = json.dumps(doc)
        b = json.dumps(doc, indent=2, sort_keys=True)
        c = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
        total += len(a) + len(b) + len(c)
    return (total, a[:40], c[-40:])


if __name__ == "__main__":
    run(workload, (2388564, '{"version": 3, "users": [{"id": 0, "name', 'de":"snowman ☃ and quote \\" and tab \\t"}'))
