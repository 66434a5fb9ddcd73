s = 'Hello, World'
print(s[0], s[-1], s[2:5], s[:5], s[7:], s[-5:], s[::2], s[::-1], s[1:10:3], s[10:1:-2], s[100:], s[-100:3], s[5:2])
print(s[slice(2, None)], s[slice(None, None, -3)], s[::-100], s[3:3], repr(s[0:0]))
try:
    s[12]
except IndexError as e:
    print("IndexError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s['a']
except TypeError as e:
    print("TypeError:", e)
try:
    s[0] = 'h'
except TypeError as e:
    print("TypeError:", e)
class I:
    def __index__(self):
        return 4
print(s[I()], s[I():], s[True])
