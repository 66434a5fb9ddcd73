print('{} {} {}'.format(1, 'a', [2]), '{0}{1}{0}'.format('x', 'y'), '{a}-{b}'.format(a=1, b=2))
print('{0[1]} {0[k]} {1.real} {1.imag}'.format({1: 'one', 'k': 'kay'}, 3 + 4j), '{0[0][1]}'.format([[1, 2]]))
print('{:>8}|{:<8}|{:^8}|{:*^9}|{:08.3f}|{:+}|{:,}'.format('r', 'l', 'c', 'mid', 3.14159, 5, 10**7))
print('{!r} {!s} {!a}'.format('é', 'é', 'é'), '{{literal}}'.format(), '{:{w}.{p}f}'.format(3.14159, w=10, p=2))
print('{0:{1}}'.format('x', '>5'), '{:%Y}'.format(type('D', (), {'__format__': lambda s, f: 'fmt:' + f})()))
for fmt, args, kw in (('{', (), {}), ('}', (), {}), ('{0} {}', (1, 2), {}), ('{} {0}', (1, 2), {}), ('{2}', (1,), {}), ('{x}', (), {}), ('{0.nope}', (1,), {}), ('{!x}', (1,), {}), ('{0[}', (1,), {}), ('{:d}', ('a',), {})):
    try:
        print(fmt.format(*args, **kw))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print('{0!r:>10}'.format('a'), '{:}'.format(None), '{}'.format(True), '{:d}'.format(True), '{:5}'.format(True))
print('{a[0]}'.format_map({'a': 'xyz'}), '{0[-1]}'.format({'-1': 'neg'}))
