# queue with worker threads: task_done/join across threads (results sorted), and a
# producer blocked on a full queue released when the main thread takes an item.
import queue
import threading

tasks = queue.Queue()
results = queue.Queue()


def worker(n):
    while True:
        item = tasks.get()
        if item is None:
            tasks.task_done()
            return
        results.put((item, item * item))
        tasks.task_done()


threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for i in range(20):
    tasks.put(i)
tasks.join()
for _ in threads:
    tasks.put(None)
for t in threads:
    t.join()
out = []
while not results.empty():
    out.append(results.get())
print(sorted(out)[:5], len(out), tasks.unfinished_tasks)

# a blocked producer is released when a consumer takes an item
bq = queue.Queue(maxsize=1)
bq.put("first")
done = []
prod = threading.Thread(target=lambda: (bq.put("second"), done.append("put returned")))
prod.start()
print(bq.get())
prod.join()
print(done, bq.get())


