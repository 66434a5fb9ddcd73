import sys
calls = []
def mark(v):
    calls.append(v)
    return v
def f(a=mark('a'), *, b=mark('b')):
    return a, b
print(calls)
print(f(), calls)
class K:
    def m(self, v=mark('method default')): return v
print(calls)
