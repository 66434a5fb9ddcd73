xs = [i * 0.1 for i in range(20)]
print(xs)
print([round(x, 1) for x in xs])
print(sum(xs), sum(xs) / len(xs))
print([x for x in xs if x == round(x, 1)])
