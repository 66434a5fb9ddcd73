s = 'it\'s
