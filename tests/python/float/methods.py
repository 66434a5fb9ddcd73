x = 3.75
print(x.real, x.imag, x.conjugate(), x.__trunc__(), x.__floor__(), x.__ceil__(), x.__round__(), x.__round__(1))
print((-3.75).__trunc__(), (-3.75).__floor__(), (-3.75).__ceil__())
print(float.__getformat__('double'))
print((2.5).__divmod__(1), (2.5).__rmod__(7), (2.0).__rpow__(3))
print((1.5).__add__(1), (1.5).__add__('a'), (1.5).__eq__(1.5), (1.5).__lt__('x'))
print(float.__name__, float('1.5').__class__.__name__, isinstance(1.0, float), isinstance(1, float))
