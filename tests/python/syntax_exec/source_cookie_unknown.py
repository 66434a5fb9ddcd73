# -*- coding: no-such-codec -*-
# Reading a script, a codec Python does not know is an "encoding problem" with no location.
print("never printed")
