# -*- coding: cp437 -*-
# The cookie names a codec that only Python's registry has (Lib/encodings/cp437.py).
box = "ÚÄÄ¿\n³ ³\nÀÄÄÙ"
print(box)
print(len(box), [hex(ord(c)) for c in box[:3]])
print("« ñ á".encode("utf-8"))
