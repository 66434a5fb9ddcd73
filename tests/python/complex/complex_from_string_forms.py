# complex(str): two numbers need a sign between them ("1..1j" is malformed), "-nan" keeps its
# sign, and misplaced underscores get float's style of message.
import math
for s in ["1..1j", "1.11.1j", "1e1.1j", "1+1j", "1.j", "1.", ".1j", "1.1j", "-1.5-.5j", "1j", "-j", "+j", "j", "1-j",
          "nanj", "-nanj", "1e1j", "1e+1-1e-1j", "(1+2j)", " ( 3j ) ", "1 + 2j", "infj", "-infinityj", "1_0j", "1__0j"]:
    try:
        c = complex(s)
        print(repr(s), c, math.copysign(1, c.imag), math.copysign(1, c.real))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
