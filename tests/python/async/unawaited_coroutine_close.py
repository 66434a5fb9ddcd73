import warnings
warnings.simplefilter('ignore')
async def f():
    print('never runs')
c = f()
c.close()
print('closed without running', c.cr_frame)
async def g():
    return 7
c = g()
try:
    c.send(1)
except TypeError as e:
    print('TypeError:', e)
c.close()
