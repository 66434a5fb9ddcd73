from datetime import date, timedelta
class Book:
    def __init__(self, isbn, title, author): self.isbn, self.title, self.author, self.loaned_to = isbn, title, author, None
    def __repr__(self): return f'<{self.title} by {self.author}>'
class Library:
    FINE_PER_DAY = 0.25
    def __init__(self): self.books, self.loans = {}, {}
    def add(self, *books):
        for b in books: self.books[b.isbn] = b
    def lend(self, isbn, who, on):
        b = self.books[isbn]
        if b.loaned_to: raise RuntimeError(f'{b.title} already loaned to {b.loaned_to}')
        b.loaned_to = who; self.loans[isbn] = on + timedelta(days=14)
    def give_back(self, isbn, on):
        b = self.books[isbn]; due = self.loans.pop(isbn); b.loaned_to = None
        late = (on - due).days
        return max(0, late) * self.FINE_PER_DAY
    def search(self, q): return sorted((b for b in self.books.values() if q.lower() in (b.title + b.author).lower()), key=lambda b: b.title)
lib = Library()
lib.add(Book('1', 'Dune', 'Herbert'), Book('2', 'Emma', 'Austen'), Book('3', 'Persuasion', 'Austen'))
d0 = date(2024, 1, 10)
lib.lend('1', 'ann', d0); lib.lend('2', 'bob', d0)
try: lib.lend('1', 'cat', d0)
except RuntimeError as e: print('RuntimeError:', e)
print(lib.give_back('1', d0 + timedelta(days=10)), lib.give_back('2', d0 + timedelta(days=30)))
print(lib.search('austen'), lib.search('DUNE'), lib.loans)
