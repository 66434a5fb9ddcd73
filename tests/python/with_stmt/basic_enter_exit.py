class CM:
    def __enter__(self):
        print('enter')
        return 'value'
    def __exit__(self, *args):
        print('exit', args)
with CM() as v:
    print('body', v)
with CM():
    pass
try:
    with CM():
        raise KeyError('k')
except KeyError:
    print('propagated')
