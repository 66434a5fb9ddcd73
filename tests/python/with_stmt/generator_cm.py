class gencm:
    def __init__(self, gen): self.gen = gen
    def __enter__(self): return next(self.gen)
    def __exit__(self, t, v, tb):
        if t is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
        try:
            self.gen.throw(v)
        except StopIteration:
            return True
        except BaseException as e:
            if e is v:
                return False
            raise
def tag(name):
    print(f'<{name}>')
    try:
        yield name
    except ValueError:
        print('tag handled ValueError')
    finally:
        print(f'</{name}>')
with gencm(tag('b')) as n:
    print('inside', n)
with gencm(tag('i')):
    raise ValueError
print('after')
