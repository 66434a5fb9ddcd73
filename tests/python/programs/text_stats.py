text = '''It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness.'''
import re
words = re.findall(r"[a-z']+", text.lower())
freq = {}
for w in words: freq[w] = freq.get(w, 0) + 1
print(len(words), len(freq))
for w, n in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
    print(f'{w:<12}{n:>3} {"#" * n}')
lines = text.splitlines()
print([len(l) for l in lines], max(lines, key=len)[:20])
print(sum(len(w) for w in words) / len(words), sorted({len(w) for w in words}))
letters = sorted(((c, text.lower().count(c)) for c in set(text.lower()) if c.isalpha()), key=lambda t: (-t[1], t[0]))
print(letters[:5])
