print(((),), ((1,),), (1, (2, (3, (4,)))), ('a', "b'c", 'd"e'), (1.0, -0.0, 1e100))
print(str((1,)), repr(()), tuple([[]]), ((None, True),))
print(tuple.__doc__ is not None, (1, 2).__class__.__name__)
