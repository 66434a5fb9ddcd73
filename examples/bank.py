"""A bank-account simulation: classes, properties, exceptions and a transaction log."""


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance is {account.balance}")
        self.account = account
        self.amount = amount


class Account:
    next_number = 1000

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.number = Account.next_number
        Account.next_number += 1
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, not {amount}")
        self._balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))

    def __repr__(self):
        return f"Account({self.number}, {self.owner!r}, balance={self._balance})"


class SavingsAccount(Account):
    def __init__(self, owner, balance=0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate

    def add_interest(self):
        interest = round(self._balance * self.rate, 2)
        self.deposit(interest)
        return interest


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, kind, owner, *args):
        account = kind(owner, *args)
        self.accounts[account.number] = account
        return account

    def transfer(self, source, target, amount):
        try:
            source.withdraw(amount)
        except InsufficientFunds as e:
            print("refused:", e)
            return False
        else:
            target.deposit(amount)
            return True
        finally:
            print(f"transfer {amount} {source.owner} -> {target.owner} attempted")

    def total(self):
        return sum(a.balance for a in self.accounts.values())


def main():
    bank = Bank()
    alice = bank.open(Account, "alice", 100)
    bob = bank.open(SavingsAccount, "bob", 50, 0.1)
    print(alice, bob)
    bank.transfer(alice, bob, 30)
    bank.transfer(bob, alice, 500)
    print("interest:", bob.add_interest())
    try:
        alice.deposit(-5)
    except ValueError as e:
        print("error:", e)
    for account in bank.accounts.values():
        moves = ", ".join(f"{kind} {amount}" for kind, amount in account.history)
        print(f"{account.number} {account.owner:>5}: {account.balance:8.2f}  [{moves}]")
    print(f"total deposits: {bank.total():.2f}")


main()
