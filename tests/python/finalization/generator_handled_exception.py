# A finished generator lets go of its locals even when an exception was raised and
# handled inside it (its frame object, made for the traceback, must not keep them).
import gc


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)


def caught_then_return(x):
    try:
        raise IndexError
    except IndexError:
        return
    yield


def caught_after_yield(x):
    i = 0
    try:
        while True:
            if i:
                raise IndexError
            yield i
            i += 1
    except IndexError:
        return


def raises_out(x):
    yield 1
    raise KeyError("out")


for gen in (caught_then_return, caught_after_yield):
    it = gen(Tracked(gen.__name__))
    values = list(it)
    gc.collect()
    print(gen.__name__, values, "gi_frame:", it.gi_frame)

# The traceback of an exception that left the generator still shows its locals.
it = raises_out(Tracked("raises_out"))
try:
    for _ in it:
        pass
except KeyError as e:
    err = e
gc.collect()
print("held by traceback:", err.__traceback__.tb_next.tb_frame.f_locals["x"].name)
del err
gc.collect()
print("end", it.gi_frame)
