class CM:
    def __enter__(self):
        print('enter')
        return 'value'
    def __exit__(self, *args):
        print('exit', args[0], repr(args[1]), type(args[2]).__name__)
with CM() as v:
    print('body', v)
with CM():
    pass
try:
    with CM():
        raise KeyError('k')
except KeyError:
    print('propagated')
