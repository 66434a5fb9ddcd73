for v in (3.14159, -2.5, 1e10, 1e-10, 0.0, float('inf'), float('nan'), 123456789.0):
    print('%f|%.2f|%e|%.3E|%g|%G|%10.4f|%-10.2f|%+.1f|%08.3f|% g|%#.0f|%r|%s' % (v, v, v, v, v, v, v, v, v, v, v, v, v, v))
