recs = [('bob', 25), ('alice', 30), ('carol', 25), ('dave', 30), ('eve', 20)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: (-r[1], r[0])))
print(sorted(recs, key=lambda r: r[1], reverse=True))
print([r[0] for r in sorted(sorted(recs), key=lambda r: r[1])])
