match = 1
case = 2
_ = 3
print(match, case, _)
def match_(x): return x
print(match_(5))
match = [1, 2]
match match:
    case [case, *_]:
        print('case bound', case)
