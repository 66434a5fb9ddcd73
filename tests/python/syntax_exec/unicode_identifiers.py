π = 3.14159
café = 'coffee'
ĳ = 'ligature'
def größe(x): return x * 2
class Ñandú: pass
print(π, café, größe(2), Ñandú.__name__)
ﬁ = 'NFKC normalized'
print(fi)
ｘ = 'fullwidth'
print(x)
