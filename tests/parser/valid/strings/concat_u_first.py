u'a' 'b'
