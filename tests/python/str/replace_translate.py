print('aaa'.replace('a', 'b'), 'aaa'.replace('a', 'b', 2), 'abc'.replace('', '-'), 'abc'.replace('', '-', 2), ''.replace('', 'x'))
print('héllo'.replace('é', 'e'), '😀x😀'.replace('😀', 'y'), 'aaa'.replace('aa', 'b'), 'abc'.replace('b', ''), 'a'.replace('a', 'a', 0))
t = str.maketrans('abc', 'xyz', 'd')
print(sorted(t.items()), 'abcdd'.translate(t))
print('hello'.translate({ord('l'): None, ord('h'): 'J', ord('o'): 0x1F600}))
print(str.maketrans({'a': '1', 98: 'Z'}) == {97: '1', 98: 'Z'})
try:
    str.maketrans('ab', 'c')
except ValueError as e:
    print("ValueError:", e)
class T:
    def __getitem__(self, k):
        if k == ord('x'):
            raise LookupError
        return chr(k).upper()
print('axb'.translate(T()))
