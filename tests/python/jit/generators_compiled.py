# Generators and their consumers, compiled: resumption, send, return values, pipelines.
def gen(n):
    for i in range(n):
        yield i * i

def consume(n):
    total = 0
    for v in gen(n):
        total += v
    return total

for _ in range(5):
    print(consume(300))

def pipeline(n):
    return sum(x for x in gen(n) if x % 3 == 0)

print([pipeline(k) for k in range(0, 2000, 400)])

def send_loop(n):
    def acc():
        total = 0
        while True:
            x = yield total
            if x is None:
                return total
            total += x
    g = acc()
    next(g)
    for i in range(n):
        g.send(i)
    try:
        g.send(None)
    except StopIteration as e:
        return e.value

print(send_loop(1000))
