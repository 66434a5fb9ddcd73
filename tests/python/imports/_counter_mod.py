try:
    loads += 1
except NameError:
    loads = 1
print('loading _counter_mod', loads)
