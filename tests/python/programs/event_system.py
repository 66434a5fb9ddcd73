class EventBus:
    def __init__(self): self.handlers = {}
    def on(self, name, priority=0):
        def deco(fn):
            self.handlers.setdefault(name, []).append((priority, fn))
            self.handlers[name].sort(key=lambda t: -t[0])
            return fn
        return deco
    def emit(self, name, **payload):
        results = []
        for _, fn in self.handlers.get(name, []):
            try:
                r = fn(**payload)
            except Exception as e:
                results.append(f'{fn.__name__} failed: {type(e).__name__}: {e}')
                continue
            if r == 'stop':
                results.append(f'{fn.__name__} stopped propagation'); break
            results.append(r)
        return results
bus = EventBus()
@bus.on('login', priority=10)
def audit(user): return f'audit {user}'
@bus.on('login')
def greet(user): return f'hello {user}'
@bus.on('login', priority=5)
def check(user):
    if user == 'mallory': return 'stop'
    return 'ok'
@bus.on('crash')
def boom(): raise RuntimeError('handler exploded')
print(bus.emit('login', user='alice'))
print(bus.emit('login', user='mallory'))
print(bus.emit('crash'), bus.emit('nothing'))
