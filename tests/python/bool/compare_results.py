class E:
    def __eq__(self, other):
        return "truthy-string"
    def __lt__(self, other):
        return 0
print(E() == 1, E() != 1, E() < 1, 1 > E())
print(not (E() == 1), bool(E() < 1))
print([1, 2] == [1, 2], [E()] == [1])
if E() == 5:
    print("eq truthy")
print(1 < 2 == True, (1 < 2) == True, 1 in [1] == True)
