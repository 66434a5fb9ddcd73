print(chr(97), chr(0x20AC), chr(128512), ord('€'), ord('\U0010FFFF'))
print(bin(0), bin(-5), bin(2**65), oct(64), oct(-8), hex(-255), hex(2**64), hex(0))
for f in (lambda: bin(1.5), lambda: hex('a'), lambda: oct(None)):
    try:
        f()
    except TypeError as e:
        print('TypeError:', e)
