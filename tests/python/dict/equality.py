print({1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} == {1: 2.0}, {1: 2} != {1: 3}, {} == dict())
try:
    {1: 2} < {1: 3}
except TypeError as e:
    print("TypeError:", e)
print(list({1: 2}.items()) == [(1, 2)], {'a': 1}.items() == {('a', 1)}, {'a': [1]}.values() == {'a': [1]}.values())
