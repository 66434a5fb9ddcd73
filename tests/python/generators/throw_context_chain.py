import sys
def gen(exc):
    try:
        yield
    finally:
        raise exc
e1, e2, e3 = Exception(1), Exception(2), Exception(3)
g2 = gen(e2); next(g2)
g3 = gen(e3); next(g3)
try:
    raise e1
except:
    try:
        g2.throw(e1)
    except:
        d = sys.exc_info()[1]
        print('caught', d, 'ctx', d.__context__, 'handled now', sys.exc_info()[1])
        try:
            g3.throw(d)
        except:
            d2 = sys.exc_info()[1]
            print('caught', d2, 'ctx', d2.__context__, 'ctx.ctx', d2.__context__.__context__)
