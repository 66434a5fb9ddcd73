from pkg.stars import *
print(public_a, public_b)
try:
    print(_private)
except NameError as e:
    print('NameError:', e)
try:
    print(not_exported)
except NameError as e:
    print('NameError:', e)
