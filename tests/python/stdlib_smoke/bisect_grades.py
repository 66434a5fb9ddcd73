import bisect
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
keys = sorted([(5, 'e'), (1, 'a'), (3, 'c')])
print(bisect.bisect_left(keys, (3,)), bisect.bisect_left([1, 2, 3], 2, key=None) if True else 0)
