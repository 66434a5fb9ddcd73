# Compile-time SyntaxWarnings are printed before the program runs, with the source line.
def f(x):
    if x is 'a':
        return [1, 2][1.0]
    return x
print('start')
print(f('b'))
points = [(1, 2)
          (3, 4)]
