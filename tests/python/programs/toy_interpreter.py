class Env(dict):
    def __init__(self, parent=None):
        super().__init__()
        self.parent = parent
    def find(self, k):
        if k in self: return self
        if self.parent is None: raise NameError(f'undefined: {k}')
        return self.parent.find(k)
def tokenize(s): return s.replace('(', ' ( ').replace(')', ' ) ').split()
def read(tokens):
    t = tokens.pop(0)
    if t == '(':
        out = []
        while tokens[0] != ')':
            out.append(read(tokens))
        tokens.pop(0)
        return out
    try: return int(t)
    except ValueError: return t
import operator as op
G = Env()
G.update({'+': op.add, '-': op.sub, '*': op.mul, '<': op.lt, '=': op.eq, 'list': lambda *a: list(a), 'car': lambda l: l[0], 'cdr': lambda l: l[1:]})
def ev(x, env=G):
    if isinstance(x, str): return env.find(x)[x]
    if isinstance(x, int): return x
    head = x[0]
    if head == 'if': return ev(x[2] if ev(x[1], env) else x[3], env)
    if head == 'define': env[x[1]] = ev(x[2], env); return None
    if head == 'lambda':
        params, body = x[1], x[2]
        def proc(*args):
            e = Env(env); e.update(zip(params, args)); return ev(body, e)
        return proc
    f = ev(head, env)
    return f(*[ev(a, env) for a in x[1:]])
prog = ['(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))', '(fact 20)', '(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))', '(fib 15)', '(car (cdr (list 1 2 3)))', '(undefined 1)']
for line in prog:
    try:
        r = ev(read(tokenize(line)))
        if r is not None: print(r)
    except NameError as e:
        print('NameError:', e)
