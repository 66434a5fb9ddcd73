x = ’abc’
