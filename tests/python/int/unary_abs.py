for n in (0, 5, -5, 2**70, -(2**70)):
    print(-n, +n, abs(n), ~n, -(-n) == n, ~~n == n)
print(-2**2, (-2)**2, -2**-1)
print(--5, -+-5, not 0, not 5)
