# A Python 2 module used as input by bench/lib2to3_refactor.py.
import urllib2
from StringIO import StringIO


class Inventory(object):
    def __init__(self, items):
        self.items = dict(items)

    def report(self):
        for name, count in self.items.iteritems():
            print "%-10s %5d" % (name, count)
        print >>sys.stderr, "total", sum(self.items.itervalues())

    def names(self):
        keys = self.items.keys()
        keys.sort()
        return keys

    def has(self, name):
        return self.items.has_key(name)

    def fetch(self, url):
        try:
            return urllib2.urlopen(url).read()
        except urllib2.URLError, e:
            raise IOError, "cannot fetch %s: %s" % (url, e)


def parse(text):
    buf = StringIO(text)
    result = {}
    for line in buf:
        name, count = line.split()
        result[unicode(name)] = long(count)
    return result
