log = []
def mk(cls_name, has_i, has_l, has_r, ret_i=None):
    ns = {}
    if has_i:
        def i(self, o):
            log.append(f'{cls_name}.__imul__')
            return ret_i if ret_i is not None else NotImplemented
        ns['__imul__'] = i
    if has_l:
        def l(self, o):
            log.append(f'{cls_name}.__mul__')
            return NotImplemented if has_l == 'ni' else 'left'
        ns['__mul__'] = l
    if has_r:
        def r(self, o):
            log.append(f'{cls_name}.__rmul__')
            return NotImplemented if has_r == 'ni' else 'right'
        ns['__rmul__'] = r
    return type(cls_name, (), ns)
combos = [(True, True, True, 'inplace'), (True, True, False, None), (True, 'ni', True, None), (False, True, True, None), (False, 'ni', 'ni', None), (True, False, False, None)]
B = mk('B', False, False, True)
for ci, (hi, hl, hr, ret) in enumerate(combos):
    A = mk('A', hi, hl, hr, ret)
    for other in (A(), B(), 5):
        log.clear()
        x = A()
        try:
            x *= other
            res = x if isinstance(x, str) else type(x).__name__
        except TypeError as e:
            res = 'TypeError: ' + str(e)
        print(ci, type(other).__name__, res, log)
