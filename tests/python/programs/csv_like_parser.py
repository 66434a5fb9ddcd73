def parse_line(line):
    fields, cur, q, i = [], '', False, 0
    while i < len(line):
        ch = line[i]
        if q:
            if ch == '"' and i + 1 < len(line) and line[i + 1] == '"': cur += '"'; i += 1
            elif ch == '"': q = False
            else: cur += ch
        elif ch == '"': q = True
        elif ch == ',': fields.append(cur); cur = ''
        else: cur += ch
        i += 1
    fields.append(cur)
    return fields
data = '''name,age,city,quote
Alice,30,"New York, NY","She said ""hi"""
Bob,25,Paris,
"Zoë",41,Zürich,"multi, comma, field"'''
rows = [parse_line(l) for l in data.splitlines()]
header, body = rows[0], rows[1:]
for r in body: print(dict(zip(header, r)))
ages = [int(r[1]) for r in body]
print(sum(ages) / len(ages), max(body, key=lambda r: int(r[1]))[0])
widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
for r in rows: print(' | '.join(v.ljust(w) for v, w in zip(r, widths)))
