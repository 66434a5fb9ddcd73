rows = [('naïve', 3), ('日本語', 12), ('😀smile', 100), ('x', 0)]
for name, n in rows:
    print(f"|{name:<8}|{name:>8}|{n:^5}|{name:.2}|")
print('{:─^20}'.format(' title '), '{:😀<5}'.format('a'))
