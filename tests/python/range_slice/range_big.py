r = range(10**20)
print(len(r) if False else r[-1], r[10**19], 10**19 in r, r[5:10], r[::10**19])
try:
    len(r) if False else len(range(2**64))
except OverflowError as e:
    print("OverflowError:", e)
print(range(2**64).__len__ if False else 'x', range(2**64)[-1])
print(range(0, 10**30, 10**29).index(5 * 10**29), range(-10**20, 0)[0])
