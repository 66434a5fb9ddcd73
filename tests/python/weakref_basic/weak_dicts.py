import weakref, gc
class K:
    def __init__(self, name): self.name = name
a, b = K('a'), K('b')
wv = weakref.WeakValueDictionary(x=a, y=b)
print(sorted(wv.keys()), wv['x'].name)
del a
gc.collect()
print(sorted(wv.keys()))
wk = weakref.WeakKeyDictionary()
wk[b] = 'value for b'
print(len(wk), wk[b])
del b
gc.collect()
print(len(wk), len(wv))
