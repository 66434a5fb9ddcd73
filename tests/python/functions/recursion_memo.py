memo = {}
def fib(n):
    if n in memo: return memo[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r
print(fib(200), len(memo))
import functools
@functools.lru_cache(maxsize=None)
def paths(r, c):
    if r == 0 or c == 0: return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16), paths.cache_info())
