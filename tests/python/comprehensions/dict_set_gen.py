words = 'apple banana cherry avocado blueberry'.split()
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], []).append(w)
print(by_letter)
print({k: len(v) for k, v in by_letter.items()}, sorted({len(w) for w in words}), sum(len(w) for w in words))
print({w: i for i, w in enumerate(words)}['cherry'], dict((w[:2], w) for w in words))
print(max((len(w), w) for w in words), min(words, key=len), tuple(w.upper() for w in words[:2]))
