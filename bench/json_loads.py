# bench-group: library
"""json.loads of documents with many small objects, strings with escapes and numbers."""

import json

from _harness import run


def make_text():
    items = []
    for i in range(400):
        items.append(
            '{"id": %d, "name": "item \\"%d\\"", "price": %d.%02d, "tags": ["a", "b\\u00e9", "c\\n"],'
            ' "in_stock": %s, "ratio": %de-3, "parent": null}'
            % (i, i, i, i % 100, "true" if i % 2 else "false", i)
        )
    return '{"items": [' + ", ".join(items) + '], "count": 400}'


def workload():
    text = make_text()
    total = 0.0
    names = 0
    for _ in range(60):
        doc = json.loads(text)
        for item in doc["items"]:
            total += item["price"] + item["ratio"]
            names += len(item["name"]) + len(item["tags"][1])
    return (doc["count"], round(total, 6), names)


if __name__ == "__main__":
    run(workload, (400, 4804668.0, 281400))
