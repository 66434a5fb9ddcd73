# A Python 2 module used as input by bench/lib2to3_refactor.py.
import Queue
import thread
import ConfigParser
from itertools import izip, imap


class Worker(object):
    def __init__(self, config_path):
        self.config = ConfigParser.ConfigParser()
        self.config.read(config_path)
        self.jobs = Queue.Queue()

    def start(self, n):
        for i in range(n):
            thread.start_new_thread(self.loop, (i,))

    def loop(self, ident):
        while True:
            job = self.jobs.get()
            if job is None:
                break
            try:
                job()
            except Exception, exc:
                print "worker %d failed: %s" % (ident, exc)

    def pairs(self, a, b):
        return list(izip(a, imap(str, b)))

    def limits(self):
        return sys.maxint, os.getcwdu()
