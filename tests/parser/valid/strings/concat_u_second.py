'a' u'b'
