def run(code, trace=False):
    stack, pc, vars_, out = [], 0, {}, []
    while pc < len(code):
        op, *arg = code[pc]; pc += 1
        if op == 'push': stack.append(arg[0])
        elif op == 'load': stack.append(vars_[arg[0]])
        elif op == 'store': vars_[arg[0]] = stack.pop()
        elif op in ('add', 'sub', 'mul', 'lt'):
            b, a = stack.pop(), stack.pop()
            stack.append({'add': a + b, 'sub': a - b, 'mul': a * b, 'lt': a < b}[op])
        elif op == 'jmp': pc = arg[0]
        elif op == 'jz':
            if not stack.pop(): pc = arg[0]
        elif op == 'print': out.append(stack.pop())
        elif op == 'halt': break
        else: raise ValueError(f'bad opcode {op}')
    return out, vars_
prog = [('push', 1), ('store', 'acc'), ('push', 1), ('store', 'i'),
        ('load', 'i'), ('push', 11), ('lt',), ('jz', 17),
        ('load', 'acc'), ('load', 'i'), ('mul',), ('store', 'acc'),
        ('load', 'i'), ('push', 1), ('add',), ('store', 'i'), ('jmp', 4),
        ('load', 'acc'), ('print',), ('halt',)]
print(run(prog))
try: run([('push', 1), ('frob',)])
except ValueError as e: print('ValueError:', e)
