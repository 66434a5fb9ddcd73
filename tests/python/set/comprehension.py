print({x % 5 for x in range(20)}, {c for c in 'hello' if c != 'l'} == {'h', 'e', 'o'}, sorted({len(w) for w in 'a bb ccc dd e'.split()}))
vowels = set('aeiou')
print(sorted(vowels & set('programming')), sorted(set('abc') - vowels))
