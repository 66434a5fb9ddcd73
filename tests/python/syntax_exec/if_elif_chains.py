def grade(s):
    if s >= 90: return 'A'
    elif s >= 80: return 'B'
    elif s >= 70: return 'C'
    elif s >= 60: return 'D'
    else: return 'F'
print([grade(s) for s in (95, 85, 75, 65, 55, 90, 89.9)])
x = 0
if x: print('no')
elif not x: print('not x')
if []: pass
elif {}: pass
else: print('all falsy')
