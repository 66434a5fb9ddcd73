e = ValueError('msg')
e.add_note('n1')
e.add_note('n2')
print(e.__notes__, str(e), repr(e))
try:
    e.add_note(5)
except TypeError as t:
    print('TypeError:', t)
f = KeyError('k')
print(hasattr(f, '__notes__'))
