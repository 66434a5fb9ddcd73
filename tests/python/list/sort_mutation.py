a = [3, 1, 2]
def key(x):
    a.append(0)
    return x
try:
    a.sort(key=key)
except ValueError as e:
    print("ValueError:", e)
print(a)
b = [5, 4, 3]
def k2(x):
    print('during sort, list is', b)
    return x
b.sort(key=k2)
print(b)
