class A(B=1=2): pass
