class A:
    x = 5
    try:
        y = [x for _ in range(2)]
    except NameError as e:
        y = str(e)
    z = [i for i in range(x)]
print(A.y, A.z)
