x = 'abc\u00zzdef'
