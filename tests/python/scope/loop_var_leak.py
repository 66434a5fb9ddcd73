for i in range(3):
    pass
print(i)
[j for j in range(3)]
print('j' in globals())
for k in []:
    pass
print('k' in globals())
def f():
    for q in range(2):
        def cap(): return q
    return cap()
print(f())
