from collections import Counter
text = '''the cat sat on the mat the dog sat on the log'''
c = Counter(text.split())
print(c.most_common(4))
print(sorted(c), c['the'], sum(c.values()), len(c))
letters = Counter(ch for ch in text if ch.isalpha())
print(letters.most_common(3), letters.most_common()[-1])
