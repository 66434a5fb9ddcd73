import re
print(re.findall(r'\w+', 'naïve café 😀 東京 ١٢'), re.findall(r'\d', '1٢３'), re.findall(r'\s', 'a\u3000b\xa0c'))
print(re.sub(r'[^\x00-\x7f]', '?', 'héllo😀'), re.findall(r'(?i)é', 'É é'), re.findall(r'[à-ÿ]', 'àbÿ'))
print(re.search(r'😀+', 'xx😀😀y').span(), len(re.findall(r'.', '😀a')))
