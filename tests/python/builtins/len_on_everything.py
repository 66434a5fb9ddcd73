for obj in ('', 'abc', '😀', [], [1], (), {}, {1: 2}, set(), {1, 2}, frozenset([1]), b'ab', bytearray(3), range(5), range(0, 10, 3), {}.keys(), {1: 2}.values(), memoryview(b'xyz')):
    print(type(obj).__name__, len(obj))
