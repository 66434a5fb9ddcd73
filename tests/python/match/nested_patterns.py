def ev(e):
    match e:
        case ('num', n):
            return n
        case ('add', l, r):
            return ev(l) + ev(r)
        case ('mul', l, r):
            return ev(l) * ev(r)
        case ('neg', x):
            return -ev(x)
        case ('let', str(name), val, body):
            return ev(subst(body, name, ev(val)))
        case ('var', name):
            raise NameError(name)
def subst(e, name, v):
    match e:
        case ('var', n) if n == name:
            return ('num', v)
        case (op, *args):
            return (op, *[subst(a, name, v) if isinstance(a, tuple) else a for a in args])
print(ev(('add', ('num', 2), ('mul', ('num', 3), ('neg', ('num', 4))))))
print(ev(('let', 'x', ('num', 5), ('mul', ('var', 'x'), ('var', 'x')))))
