# queue in depth (single-threaded): Queue/LifoQueue/PriorityQueue ordering, maxsize with
# Full/Empty on non-blocking and timed calls, unfinished_tasks bookkeeping, task_done()
# too many times, qsize/empty/full, negative timeouts, and subclassing through
# _init/_put/_get.
import queue

q = queue.Queue()
for x in [3, 1, 2]:
    q.put(x)
print([q.get() for _ in range(3)], q.empty(), q.qsize())
lq = queue.LifoQueue()
for x in "abc":
    lq.put(x)
print([lq.get() for _ in range(3)])
pq = queue.PriorityQueue()
for item in [(2, "two"), (0, "zero"), (1, "one"), (0, "also zero")]:
    pq.put(item)
print([pq.get_nowait() for _ in range(4)])

b = queue.Queue(maxsize=2)
b.put(1)
b.put_nowait(2)
print(b.full(), b.qsize(), b.maxsize)
for f in (lambda: b.put_nowait(3), lambda: b.put(3, block=False), lambda: b.put(3, timeout=0.01)):
    try:
        f()
    except queue.Full:
        print("Full", type(queue.Full()).__name__)
try:
    b.put(3, timeout=-1)
except ValueError as e:
    print("ValueError:", e)
print(b.get(), b.get(timeout=0.01))
for f in (b.get_nowait, lambda: b.get(False), lambda: b.get(timeout=0.01)):
    try:
        f()
    except queue.Empty:
        print("Empty")
try:
    b.get(timeout=-0.5)
except ValueError as e:
    print("ValueError:", e)
print(queue.Queue(maxsize=0).full(), queue.Queue(maxsize=-1).full())

print(q.unfinished_tasks)
q.task_done()
q.task_done()
q.task_done()
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
q.join()
print("join on finished queue returns")

class Ordered(queue.Queue):
    """Always hands out the smallest item: a subclass overriding the storage hooks."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        self.queue.append(item)
        self.queue.sort()

    def _get(self):
        return self.queue.pop(0)


oq = Ordered()
for x in [5, 3, 9, 1]:
    oq.put(x)
print([oq.get() for _ in range(4)], oq.qsize())
print(issubclass(queue.Full, Exception), queue.Empty.__module__, queue.Full.__module__)
print(type(queue.PriorityQueue().queue).__name__, type(queue.LifoQueue().queue).__name__,
      type(queue.Queue().queue).__name__)
print(queue.Queue[int], queue.SimpleQueue[str])
