import sys
print(sys.getrecursionlimit())
def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError as e:
    print('RecursionError:', e)
def count(n):
    try:
        return count(n + 1)
    except RecursionError:
        return n
print(count(0) > 500)
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
def r(n):
    return n if n == 0 else r(n - 1)
try:
    r(500)
except RecursionError as e:
    print('caught at limit 200:', e)
print(r(100))
