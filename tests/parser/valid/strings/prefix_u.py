u'a\\b', u"a\\b"
