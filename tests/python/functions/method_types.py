class A:
    def inst(self): return 'inst'
print(type(A.inst).__name__, type(A().inst).__name__, type(len).__name__, type([].append).__name__, type(A.__init__).__name__, type(object.__init__).__name__, type(str.upper).__name__, type(dict.fromkeys).__name__)
