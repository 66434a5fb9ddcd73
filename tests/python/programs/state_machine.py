class Turnstile:
    transitions = {('locked', 'coin'): 'unlocked', ('unlocked', 'push'): 'locked', ('locked', 'push'): 'locked', ('unlocked', 'coin'): 'unlocked'}
    def __init__(self): self.state = 'locked'; self.coins = 0; self.passes = 0
    def fire(self, ev):
        key = (self.state, ev)
        if key not in self.transitions: raise ValueError(f'bad event {ev!r} in {self.state}')
        new = self.transitions[key]
        if ev == 'coin': self.coins += 1
        if ev == 'push' and self.state == 'unlocked': self.passes += 1
        print(f'{self.state:>9} --{ev}--> {new}')
        self.state = new
t = Turnstile()
for ev in ['push', 'coin', 'coin', 'push', 'push', 'coin', 'kick']:
    try: t.fire(ev)
    except ValueError as e: print('ValueError:', e)
print(t.coins, t.passes, t.state)
