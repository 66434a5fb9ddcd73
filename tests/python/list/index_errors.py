a = [1, 2, 3]
for i in (3, -4, 10**20):
    try:
        a[i]
    except IndexError as e:
        print("IndexError:", e)
try:
    a[3] = 0
except IndexError as e:
    print("IndexError:", e)
try:
    del a[5]
except IndexError as e:
    print("IndexError:", e)
try:
    a['x']
except TypeError as e:
    print("TypeError:", e)
try:
    a[1.0]
except TypeError as e:
    print("TypeError:", e)
print(a[-3], a[True], a[-1:10**20])
