# A nested generator's GET_ITER is inside the comprehension's code and has its location.
def f(n):
    return {j: k for k in range(2) for j in n}
print(f([1]))
print(f(3))
