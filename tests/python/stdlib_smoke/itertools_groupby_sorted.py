from itertools import groupby
from operator import itemgetter
rows = [('fruit', 'apple'), ('veg', 'kale'), ('fruit', 'fig'), ('veg', 'leek'), ('nut', 'pecan')]
for k, g in groupby(sorted(rows), key=itemgetter(0)):
    print(k, [x[1] for x in g])
print([(k, len(list(g))) for k, g in groupby('aaabccdddd')])
