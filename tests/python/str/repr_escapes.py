for s in ('plain', "it's", 'say "hi"', 'both \' and "', '\n\t\r\\', '\x00\x1f\x7f\x80\x9f\xa0\xad', 'é€😀', '\u200b\u2028\ufeff', '\U000e0001', '\ud800' if False else 'x', 'tab\there'):
    print(repr(s), ascii(s), len(repr(s)))
print(repr('\x85'), repr('\u0378'), repr('\U0001F3FB'), repr('\u00a0'), repr('\u3000'), repr('\ue000'))
