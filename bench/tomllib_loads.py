# bench-group: library
"""tomllib parsing of a generated configuration document (tables, arrays of
tables, inline tables, strings, dates, numbers).  Needs Python 3.11."""

import tomllib

from _harness import run


def make_document():
    parts = ['title = "Benchmark configuration"', 'version = 3', 'ratio = 0.75', ""]
    for i in range(60):
        parts.append("[server_%d]" % i)
        parts.append('host = "10.0.%d.%d"' % (i // 250, i % 250))
        parts.append("ports = [ %d, %d, %d ]" % (8000 + i, 9000 + i, 10000 + i))
        parts.append("enabled = %s" % ("true" if i % 2 else "false"))
        parts.append("started = 2024-01-%02dT10:%02d:00Z" % (i % 28 + 1, i % 60))
        parts.append('owner = { name = "admin %d", uid = %d }' % (i, 1000 + i))
        parts.append('notes = """multi\nline %d"""' % i)
        parts.append("")
    for i in range(60):
        parts.append("[[products]]")
        parts.append('name = "product \\u00e9 %d"' % i)
        parts.append("sku = 0x%04X" % (i * 37))
        parts.append("price = %d.%02d" % (i, i % 100))
        parts.append("")
    return "\n".join(parts)


def workload():
    text = make_document()
    total = 0
    for _ in range(20):
        doc = tomllib.loads(text)
        total += len(doc)
    ports = sum(sum(doc["server_%d" % i]["ports"]) for i in range(60))
    return (total, ports, doc["products"][-1]["sku"], doc["server_3"]["owner"]["uid"])


if __name__ == "__main__":
    run(workload, (1280, 1625310, 2183, 1003))
