x 'abc'
