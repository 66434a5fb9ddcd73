PREC = {'+': 1, '-': 1, '*': 2, '/': 2, '^': 3}
def to_rpn(tokens):
    out, ops = [], []
    for t in tokens:
        if t.isdigit(): out.append(t)
        elif t == '(': ops.append(t)
        elif t == ')':
            while ops[-1] != '(': out.append(ops.pop())
            ops.pop()
        else:
            while ops and ops[-1] != '(' and (PREC[ops[-1]] > PREC[t] or (PREC[ops[-1]] == PREC[t] and t != '^')):
                out.append(ops.pop())
            ops.append(t)
    return out + ops[::-1]
def eval_rpn(rpn):
    st = []
    for t in rpn:
        if t.isdigit(): st.append(int(t)); continue
        b, a = st.pop(), st.pop()
        st.append({'+': a + b, '-': a - b, '*': a * b, '/': a / b if b else float('nan'), '^': a ** b}[t])
    return st[0]
import re
for e in ['3 + 4 * 2 / ( 1 - 5 ) ^ 2 ^ 3', '( 1 + 2 ) * ( 3 + 4 )', '2 ^ 3 ^ 2', '10 - 4 - 3', '7 / 0']:
    r = to_rpn(e.split())
    print(e, '|', ' '.join(r), '|', eval_rpn(r))
