import re
print(re.findall(r'(a)(b)?', 'ab a'), re.findall(r'(?:ab)+', 'ababx ab'), re.sub(r'(?<=a)b', 'X', 'ab cb ab'))
print(re.findall(r'\b\w+(?=ing\b)', 'singing and dancing'), re.split(r'(\s)', 'a b'), re.subn(r'o', '0', 'foo boo'))
print(re.match(r'(a|ab)(c|bcd)(d*)', 'abcd').groups(), re.findall(r'a*?', 'aa'), re.findall(r'.', 'a\nb', re.S))
try:
    re.compile('(')
except re.error as e:
    print('re.error:', e)
print(re.sub(r'(?P<w>\w+)', r'<\g<w>>', 'hi there'), bool(re.match(r'\d', '٣')), re.ASCII.value if hasattr(re.ASCII, 'value') else 0)
