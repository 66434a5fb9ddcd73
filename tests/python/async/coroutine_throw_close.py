class Yield:
    def __await__(self):
        try:
            yield 'waiting'
        except KeyError:
            print('awaitable got KeyError')
            raise
async def task():
    try:
        await Yield()
    except KeyError as e:
        print('task caught', repr(e))
        return 'recovered'
    finally:
        print('task finally')
c = task()
print(c.send(None))
try:
    c.throw(KeyError('k'))
except StopIteration as e:
    print('result', e.value)
c2 = task()
c2.send(None)
c2.close()
print('closed', c2.cr_frame)
