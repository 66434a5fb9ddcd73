s = 'a\nb\rc\r\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l'
print(s.splitlines())
print(s.splitlines(keepends=True))
print(s.split('\n'), len(s.split()))
print('x\r\n\r\ny'.splitlines(), 'end\n\n'.splitlines(), '\r\n'.splitlines(True))
