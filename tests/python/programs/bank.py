class InsufficientFunds(Exception):
    pass
class Account:
    _next = 1000
    def __init__(self, owner, balance=0):
        self.owner, self.balance = owner, balance
        self.id = Account._next; Account._next += 1
        self.log = []
    def deposit(self, amt):
        if amt <= 0: raise ValueError('deposit must be positive')
        self.balance += amt; self.log.append(('dep', amt))
    def withdraw(self, amt):
        if amt > self.balance: raise InsufficientFunds(f'{self.owner}: balance {self.balance} < {amt}')
        self.balance -= amt; self.log.append(('wd', amt))
    def __repr__(self): return f'Account({self.id}, {self.owner!r}, {self.balance})'
class Savings(Account):
    rate = 0.02
    def add_interest(self):
        i = round(self.balance * self.rate, 2)
        self.deposit(i); return i
class Bank:
    def __init__(self): self.accounts = {}
    def open(self, cls, owner, bal=0):
        a = cls(owner, bal); self.accounts[a.id] = a; return a
    def transfer(self, src, dst, amt):
        self.accounts[src].withdraw(amt); self.accounts[dst].deposit(amt)
    def total(self): return sum(a.balance for a in self.accounts.values())
b = Bank()
x = b.open(Account, 'ann', 100); y = b.open(Savings, 'bob', 500)
b.transfer(x.id, y.id, 60)
print(x, y, y.add_interest(), b.total())
for args in ((x.id, y.id, 100), (x.id, 9999, 1)):
    try: b.transfer(*args)
    except (InsufficientFunds, KeyError) as e: print(type(e).__name__, e)
try: x.deposit(-5)
except ValueError as e: print('ValueError:', e)
print(x.log, y.log, sorted(b.accounts))
