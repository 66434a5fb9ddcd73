# Replacing a builtin that compiled code has been calling.
import builtins

def lengths(items):
    return [len(x) for x in items]

data = [[1] * (i % 5) for i in range(400)]
print(sum(lengths(data)))
original = builtins.len
builtins.len = lambda x: 42
print(sum(lengths(data)))
builtins.len = original
print(sum(lengths(data)))

# Shadowing the builtin with a module global.
def count(items):
    n = 0
    for x in items:
        n += len(x)
    return n

print(count(data))
len = lambda x: -1
print(count(data))
del len
print(count(data))
