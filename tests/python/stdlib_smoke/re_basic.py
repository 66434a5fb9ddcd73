import re
print(re.findall(r'\d+', 'a1b22c333'), re.sub(r'(\w)(\d)', r'\2\1', 'a1 b2'), re.split(r'[,;]\s*', 'a, b;c'))
m = re.match(r'(?P<key>\w+)=(?P<val>\w*)', 'name=value rest')
print(m.group(0), m.group('key'), m.groups(), m.groupdict(), m.span(2), m.start(), m.end())
print(re.search(r'^b', 'a\nb', re.M).group(), re.fullmatch(r'a+', 'aaa') is not None, re.fullmatch(r'a+', 'aab'))
print([m.group() for m in re.finditer(r'[A-Z]\w*', 'Hello World Foo')], re.escape('a.b*c'), re.sub(r'x', lambda m: 'Y', 'axbx', count=1))
p = re.compile(r'(\d{3})-(\d{4})')
print(p.pattern, p.sub(r'\2-\1', 'call 555-1234 now'), p.findall('111-2222 333-4444'))
print(re.findall(r'(?i)straße', 'STRASSE Straße'), re.findall(r'\w+', 'héllo wörld 日本'))
