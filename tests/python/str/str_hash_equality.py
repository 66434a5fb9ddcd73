a = 'hello'
b = ''.join(['hel', 'lo'])
print(a == b, hash(a) == hash(b), {a: 1}[b], len({a, b}))
print(hash('') == hash(''), 'x' in {'x': 1}, {'é': 1}.get('e\u0301'), 'é' == 'e\u0301')
d = {}
for w in 'the cat and the hat and the bat'.split():
    d[w] = d.get(w, 0) + 1
print(d, sorted(d.items(), key=lambda kv: (-kv[1], kv[0])))
