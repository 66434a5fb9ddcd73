class MySet(set):
    def __or__(self, o):
        return 'MySet|'
    def __ror__(self, o):
        return '|MySet'
print(MySet() | {1}, {1} | MySet(), frozenset() | MySet())
class MyDict(dict):
    def __ror__(self, o):
        return 'ror'
print({} | MyDict(), MyDict() | {1: 2})
