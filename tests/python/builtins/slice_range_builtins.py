print(slice(3), slice(1, 2, 3), range(5)[slice(1, 3)], 'abcdef'[slice(None, None, 2)])
print(list(range(-3)), len(range(-5, 5, 3)), range(10)[::-3], max(range(5)), min(range(1, 4)))
