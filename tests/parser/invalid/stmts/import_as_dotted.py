import os.path as a.b
