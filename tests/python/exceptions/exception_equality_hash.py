a = ValueError('x')
b = ValueError('x')
print(a == b, a == a, a.args == b.args, hash(a) == hash(a))
print(isinstance(a, Exception), type(a) is ValueError, ValueError.__bases__, Exception.__bases__, BaseException.__bases__)
