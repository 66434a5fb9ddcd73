s = 'abc' * 10000
print(len(s), s.count('ca'), s.find('cab', 5000), s.rfind('abc'), s[-5:], hash(s) == hash('abc' * 10000))
t = ''.join(chr(0x4e00 + i) for i in range(200))
print(len(t), t[:10], t[-3:], t.encode('utf-8')[:9], len(t.encode('utf-8')))
u = '😀' * 1000 + 'x'
print(len(u), u.index('x'), u[-2:], u[500:502] == '😀😀', u.count('😀'))
