print('ab' * 3, 3 * 'ab', 'ab' * 0, 'ab' * -2, '' * 100, '😀' * 3)
s = ''
for i in range(5):
    s += str(i)
print(s, 'a' + 'b' + 'c', 'x' 'y' 'z')
try:
    'a' * 'b'
except TypeError as e:
    print("TypeError:", e)
try:
    'a' + None
except TypeError as e:
    print("TypeError:", e)
try:
    'a' * 2.0
except TypeError as e:
    print("TypeError:", e)
class N:
    def __index__(self):
        return 2
print('xy' * N(), N() * 'z')
