"""Word frequencies of a text: the ten most common words, with a bar chart."""

TEXT = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair, we had everything before us,
we had nothing before us, we were all going direct to Heaven, we were all going
direct the other way - in short, the period was so far like the present period,
that some of its noisiest authorities insisted on its being received, for good
or for evil, in the superlative degree of comparison only.
"""


def words(text):
    word = []
    for ch in text.lower():
        if ch.isalpha() or ch == "'":
            word.append(ch)
        elif word:
            yield "".join(word)
            word = []
    if word:
        yield "".join(word)


def count(items):
    counts = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    return counts


def main():
    counts = count(words(TEXT))
    total = sum(counts.values())
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    print(f"{total} words, {len(counts)} distinct")
    width = max(len(w) for w, _ in ranked[:10])
    for word, n in ranked[:10]:
        bar = "#" * n
        print(f"{word:>{width}} {n:3d} {bar}")
    longest = max(counts, key=len)
    print(f"longest word: {longest!r} ({len(longest)} letters)")


if __name__ == "__main__":
    main()
