# bench-group: library
"""logging: formatted records through a logger hierarchy into in-memory
handlers, with level filtering and a custom filter."""

import io
import logging

from _harness import run


class EvenFilter(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 0 if record.args else True


def setup():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)-8s %(name)s: %(message)s"))
    root = logging.getLogger("bench")
    root.handlers[:] = [handler]
    root.setLevel(logging.INFO)
    root.propagate = False
    child = logging.getLogger("bench.child")
    child.setLevel(logging.DEBUG)
    child.filters[:] = [EvenFilter()]
    return stream, root, child


def workload():
    stream, root, child = setup()
    for i in range(5000):
        root.debug("hidden %d", i)
        root.info("processing item %d of %s", i, "batch")
        child.warning("child event %d: %r", i, {"k": i})
        if i % 100 == 0:
            root.error("error number %d", i // 100)
    text = stream.getvalue()
    return (len(text), text.count("\n"), text.count("WARNING"))


if __name__ == "__main__":
    run(workload, (359370, 7550, 2500))
