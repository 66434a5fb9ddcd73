s = 'abracadabra'
print(s.find('a'), s.find('a', 1), s.find('a', -3), s.find('z'), s.find(''), s.find('', 11), s.find('', 12))
print(s.rfind('a'), s.rfind('abra'), s.rfind('a', 0, 5), s.index('c'), s.rindex('b'))
print(s.count('a'), s.count('abra'), s.count(''), s.count('a', 2, -2), 'aaaa'.count('aa'))
try:
    s.index('z')
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex('z')
except ValueError as e:
    print("ValueError:", e)
t = 'héllo wörld 😀 ok 😀'
print(t.find('😀'), t.rfind('😀'), t.index('ö'), t.count('😀'), t.find('o', 5), len(t))
print(s.startswith('abr'), s.startswith(('x', 'ab')), s.endswith('bra', 0, 11), s.startswith('cad', 4), s.endswith(''))
