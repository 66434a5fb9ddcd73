# Iterating StringIO and BytesIO: lines with each newline mode, the end, iteration
# resumed after the end, next() with a default, closing while iterating, and
# subclasses whose readline is their own.
import io

for newline in (None, "", "\n", "\r", "\r\n"):
    s = io.StringIO("a\nb\r\nc\rd", newline=newline)
    print(repr(newline), list(s), list(s))

b = io.BytesIO(b"one\ntwo\r\nthree")
print(list(b), next(b, "end"))
b.seek(0)
print([len(line) for line in b])

s = io.StringIO("x\ny\n")
print(next(s), next(s, "none"), next(s, "none"))
try:
    next(s)
except StopIteration as e:
    print("stop", e.args)

for f in (io.StringIO("p\nq\n"), io.BytesIO(b"p\nq\n")):
    seen = []
    try:
        for line in f:
            seen.append(line)
            f.close()
    except ValueError as e:
        print(type(f).__name__, seen, e)


class Shouting(io.StringIO):
    def readline(self, size=-1):
        return super().readline(size).upper()


print(list(Shouting("ab\ncd\n")))


class Numbered(io.BytesIO):
    count = 0

    def __next__(self):
        self.count += 1
        return b"%d:" % self.count + super().__next__()


n = Numbered(b"r\ns\n")
print(list(n), n.count)

total = 0
for k in range(300):
    for line in io.StringIO("l\n" * (k % 5)):
        total += len(line)
    total += sum(1 for _ in io.BytesIO(b"m\n" * (k % 4)))
print(total)
