print('%s %r %a' % ('é', 'é', 'é'))
print('%d %i %u %5d %-5d| %05d %+d % d' % (42, -3, 7, 12, 12, -12, 5, 5))
print('%x %X %#x %o %#o %c %c %%' % (255, 255, 255, 8, 8, 65, '😀'))
print('%(a)s-%(b)03d' % {'a': 'x', 'b': 7}, '%s' % (1,), '%s' % [1, 2], '%s' % ((1, 2),))
print('%.3s|%5.1s|%-6s|%*d|%-*d|%.*f' % ('abcdef', 'xyz', 'ab', 5, 42, 4, 7, 2, 3.14159))
print('%d' % 3.99, '%x' % True, '%s' % None, '%r' % 1.0, '%5s' % '😀', '%c' % 0x1f600)
for fmt, args in (('%d', ('a',)), ('%s %s', ('a',)), ('%s', ('a', 'b')), ('%z', (1,)), ('%(x)s', (1,)), ('%c', ('ab',)), ('%x', (1.5,)), ('%', ())):
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
