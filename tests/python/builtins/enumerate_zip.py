print(list(enumerate('abc')), list(enumerate('ab', start=10)), list(enumerate([], 5)))
print(list(zip('abc', [1, 2])), list(zip()), list(zip([1])), list(zip(*[(1, 'a'), (2, 'b')])))
print(list(zip([1, 2], [3, 4], strict=True)))
for a, b in (([1, 2], [1]), ([1], [1, 2])):
    try:
        list(zip(a, b, strict=True))
    except ValueError as e:
        print('ValueError:', e)
try:
    list(zip([1], [2], [3, 4], strict=True))
except ValueError as e:
    print('ValueError:', e)
e = enumerate('xy')
print(next(e), type(e).__name__, list(e))
