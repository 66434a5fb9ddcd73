s = 'naïve 😀!'
for i, c in enumerate(s):
    print(i, c, ord(c), c.isalpha())
print(list(reversed(s)), 'ï' in s, 've 😀' in s, s.count(''), sorted(set('mississippi')))
it = iter('ab')
print(next(it), next(it), next(it, 'done'))
