assert True
assert 1, 'never'
try:
    assert False, 'message'
except AssertionError as e:
    print('AssertionError:', e)
try:
    assert [], {'k': 'v'}
except AssertionError as e:
    print('AssertionError:', e.args)
print(__debug__)
