def area(w, h): return w * h
print('start')
area(3)
print('not reached')
