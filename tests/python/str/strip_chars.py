print('www.example.com'.strip('cmowz.'), '<<a>>'.lstrip('<'), '<<a>>'.rstrip('>'), '😀a😀'.strip('😀'), 'ééaé'.lstrip('é'))
print(repr('   '.strip()), repr(''.strip('x')), repr('abc'.strip('')), 'xyzzyx'.strip('xy'))
try:
    'a'.strip(1)
except TypeError as e:
    print("TypeError:", e)
print('  a\u00a0'.rstrip(), len(' \u2000\u2001 a'.lstrip()))
