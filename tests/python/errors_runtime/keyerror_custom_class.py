class K:
    def __repr__(self): return 'K!'
print('start')
{}[K()]
print('not reached')
