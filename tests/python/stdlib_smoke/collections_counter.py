from collections import Counter
c = Counter('abracadabra')
print(c.most_common(3), c['a'], c['z'], sorted(c.elements())[:6])
c.update('aaz'); c.subtract({'b': 5})
print(sorted(c.items()), +c == Counter({k: v for k, v in c.items() if v > 0}))
print(Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3) - Counter(a=5), Counter(a=2) & Counter(a=1, b=1), Counter(a=1) | Counter(a=3))
print(c.total(), Counter('hello').most_common()[0])
