print(''.join(reversed('abc')), '-'.join(str(i) for i in range(5)), ','.join({'a': 1, 'b': 2}), ' '.join(map(str, [1.5, None, True])))
class It:
    def __iter__(self):
        yield 'p'; yield 'q'
print('+'.join(It()), '|'.join(('x',)), '|'.join(['']), '|'.join(['', '']))
try:
    ''.join([b'a'])
except TypeError as e:
    print("TypeError:", e)
try:
    ''.join(5)
except TypeError as e:
    print("TypeError:", e)
