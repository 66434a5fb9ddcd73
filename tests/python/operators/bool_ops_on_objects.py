class A:
    def __and__(self, o): return 'and'
    def __rand__(self, o): return 'rand'
    def __or__(self, o): return 'or'
    def __xor__(self, o): return 'xor'
a = A()
print(a & 1, 1 & a, a | 0, a ^ 0, (True and a) is a, a and False, (a or 1) is a)
print({1} & {1, 2}, {1} | {2}, {1, 2} ^ {2}, {'a': 1}.keys() & {'a'}, 0b1100 & 0b1010)
