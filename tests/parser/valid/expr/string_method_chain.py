'a b'.split().pop().upper()
