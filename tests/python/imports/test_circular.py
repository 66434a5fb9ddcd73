import circ.a
print(circ.a.A_VALUE, circ.a.from_b(), circ.b.B_VALUE)
