class I:
    def __iter__(self): return self
    def __next__(self): raise ValueError('from __next__')
try:
    for _ in I():
        pass
except ValueError as e:
    print('ValueError:', e)
try:
    list(map(int, ['1', 'x']))
except ValueError as e:
    print('ValueError:', e)
try:
    sorted([1, 2], key=lambda x: 1 / 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
