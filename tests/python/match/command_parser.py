def run(line):
    match line.split():
        case ['quit' | 'exit']:
            return 'bye'
        case ['say', *words]:
            return ' '.join(words)
        case ['add', x, y] if x.isdigit() and y.isdigit():
            return str(int(x) + int(y))
        case ['add', *_]:
            return 'add needs two numbers'
        case []:
            return 'empty'
        case [cmd, *_]:
            return f'unknown: {cmd}'
for l in ('quit', 'exit', 'say hello world', 'add 2 3', 'add 2 x', '', 'jump high'):
    print(repr(l), '->', run(l))
