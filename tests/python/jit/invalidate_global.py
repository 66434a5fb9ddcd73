# Rebinding a global that compiled code folded into a constant.
def helper(x):
    return x + 1

def use(n):
    total = 0
    for i in range(n):
        total += helper(i)
    return total

for round_ in range(5):
    print(use(300))
    if round_ == 2:
        def helper(x):
            return x * 2

K = 10
def scaled(n):
    return [K * i for i in range(n)][-1]

for k in (10, 20, 30):
    K = k
    print(scaled(400))
