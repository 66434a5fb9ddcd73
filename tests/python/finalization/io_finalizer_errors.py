# What a file's close() raises while it is being finalised is dropped, and a subclass's
# own __del__ still runs; the _finalizing flag is what close() is told.
import gc
import io


class Raw(io.RawIOBase):
    def close(self):
        print("close, finalizing:", getattr(self, "_finalizing", None))
        raise OSError("boom")


r = Raw()
del r
gc.collect()
print("after raising close")


class Logged(io.BytesIO):
    def __del__(self):
        print("own __del__, closed:", self.closed)
        super().__del__()


b = Logged()
del b
gc.collect()


class NoClosed(io.RawIOBase):
    @property
    def closed(self):
        raise ValueError("no state")

    def close(self):
        print("never called")


n = NoClosed()
del n
gc.collect()
print("done")


class Counting(io.StringIO):
    closes = 0

    def close(self):
        Counting.closes += 1
        super().close()


c = Counting()
c.close()
del c
gc.collect()
c = Counting()
del c
gc.collect()
print("closes", Counting.closes)
