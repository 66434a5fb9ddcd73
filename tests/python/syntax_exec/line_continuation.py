total = 1 + \
    2 + \
    3
print(total)
s = ('implicit '
     'concatenation '
     "across lines")
print(s)
d = {
    'a': 1,
    'b': [
        1, 2,
    ],
}
print(d)
def f(a,
      b=2,
      ):
    return a + b
print(f(1,
        ))
x = """triple
quoted\
 continued"""
print(repr(x))
