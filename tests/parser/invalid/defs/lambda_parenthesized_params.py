h = lambda (a, b): a
