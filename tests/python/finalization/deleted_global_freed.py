# What a program lets go of is found dead at the next collection: a deleted global that a
# function had read (its LOAD_GLOBAL cache holds the dict entry), and a suspended generator
# whose last resumer's frame has finished (that frame is no generator's f_back).
import gc


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)


def gen():
    try:
        yield 1
    finally:
        print("generator closed")


def read_global():
    return obj.name


obj = Noisy("global")
print(read_global())
del obj
gc.collect()
print("after the first collection")


def step(g):
    next(g)
    try:
        raise ValueError
    except ValueError:
        print("handled")
    print("f_back while suspended:", g.gi_frame.f_back)


h = gen()
step(h)
del h
gc.collect()
print("after the second collection")

d = {"k": Noisy("cleared")}
d.clear()
gc.collect()
print("after the third collection")
