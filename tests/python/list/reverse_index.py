a = ['a', 'b', 'c', 'd']
for i in range(-4, 4):
    print(i, a[i], a.index(a[i]))
print(list(reversed(a)), a[::-1] == list(reversed(a)))
print(a.__len__(), a.__getitem__(1), a.__contains__('c'), a.__reversed__().__next__())
