s = 'a😀b𝄞c'
print(len(s), s[1], s[2], s[3], s[-1], s[-2], s[1:4], s[::-1], s[::2], list(s))
print([ord(c) for c in s], s.encode('utf-8'), len(s.encode('utf-16-le')), s.encode('utf-32-be')[:8])
print(s.index('b'), s.find('𝄞'), s[s.find('𝄞'):], s.upper(), repr(s), ascii(s))
print('😀' < '𝄞', '😀' > '\uffff', max(s), min(s), sorted(s))
print('\U0001F600' == '😀', '\N{GRINNING FACE}', len('\N{GRINNING FACE}'), '\ud83d' if False else 'no surrogates')
t = s * 3
print(t.count('😀'), t.split('😀'), t.replace('𝄞', '*'), t[5:10])
print(f"{s:>10}|{s:*^11}|{s!r}|{s!a}")
