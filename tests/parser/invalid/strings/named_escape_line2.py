x = 1
y = ('a',
     '\N{BOGUS}')
