print((1, 'a') < (1, 'b'), (1, 'a') < (2, 0), (1,) < (1, 0), () < (0,), (0, 1) > (0, 0, 5))
try:
    (1, 'a') < (1, 2)
except TypeError as e:
    print("TypeError:", e)
print(sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]), max([(1, 2), (1, 3)]), min((3, 1), (2, 9)))
print((1, 2) == [1, 2], (1, 2) != [1, 2])
try:
    (1, 2) < [1, 3]
except TypeError as e:
    print("TypeError:", e)
