def parse(tokens):
    pos = 0
    def peek(): return tokens[pos] if pos < len(tokens) else None
    def take():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]
    def expr():
        v = term()
        while peek() in ('+', '-'):
            v = v + term() if take() == '+' else v - term()
        return v
    def term():
        v = factor()
        while peek() in ('*', '/'):
            op = take()
            r = factor()
            v = v * r if op == '*' else v / r
        return v
    def factor():
        t = take()
        if t == '(':
            v = expr(); take(); return v
        if t == '-':
            return -factor()
        return float(t) if '.' in t else int(t)
    return expr()
import re
for s in ['1 + 2 * 3', '(1 + 2) * 3', '10 / 4 - 1', '-(2 + 3) * -2', '2 * (3 + (4 - 1)) / 3', '1.5 * 4']:
    print(s, '=', parse(re.findall(r'\d+\.?\d*|[()+\-*/]', s)))
try:
    parse(['1', '/', '0'])
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
