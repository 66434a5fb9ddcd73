log = []
class A:
    def __init__(self, tag): self.tag = tag
    def __le__(self, o):
        log.append(f'{self.tag}.__le__({getattr(o, "tag", o)!r})')
        return NotImplemented if self.tag.startswith('ni') else f'Ale'
    def __ge__(self, o):
        log.append(f'{self.tag}.__ge__({getattr(o, "tag", o)!r})')
        return NotImplemented if self.tag.startswith('ni') else f'Age'
class Sub(A):
    def __ge__(self, o):
        log.append(f'Sub:{self.tag}.__ge__')
        return 'Subge'
class Plain:
    tag = 'plain'
pairs = [(A('a'), A('b')), (A('a'), Sub('s')), (Sub('s'), A('a')), (A('ni1'), A('ni2')), (A('a'), 1), (1, A('a')), (A('ni'), 1), (Plain(), A('a')), (A('ni'), Plain()), (Sub('ni_s'), A('ni_a'))]
for a, b in pairs:
    log.clear()
    try:
        r = a <= b
    except TypeError as e:
        r = 'TypeError: ' + str(e).split(' object at ')[0]
    print(getattr(a, 'tag', a), '<=', getattr(b, 'tag', b), '->', r, log)
