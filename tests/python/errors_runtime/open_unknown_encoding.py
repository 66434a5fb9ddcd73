import os
import tempfile

p = os.path.join(tempfile.mkdtemp(), "a.txt")
open(p, "w").close()
f = open(p, encoding="no-such-codec")
