words = ['apple', 'Apple', 'äpple', 'apple2', 'app', 'Zebra', 'zebra', '😀', 'é', 'e', '', '\uffff', '\U00010000']
print(sorted(words))
print(sorted(words, key=str.lower))
print('a' < 'b', 'a' < 'B', 'abc' < 'abd', 'ab' < 'abc', '' < 'a', 'é' > 'z', '\U00010000' > '\uffff')
print(max(words), min(words), 'abc' == 'abc', 'a' != 'A')
try:
    'a' < 1
except TypeError as e:
    print("TypeError:", e)
print('abc' == b'abc', 'a' * 3 == 'aaa', 'ab' in 'cabd', '' in 'x', 'é' in 'café', '😀' in 'a😀b')
