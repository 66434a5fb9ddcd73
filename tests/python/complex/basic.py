z = 3 + 4j
print(z, repr(z), abs(z), z.real, z.imag, z.conjugate(), -z, +z)
print(z * z, z / 2, z / (1 - 1j), z ** 2, z - 3, 1j * 1j, 1j ** 2)
print(complex(1, 2), complex('1+2j'), complex(' ( 3-4j ) '), complex('j'), complex('-1.5e3j'), complex(2))
print(complex(1j, 1j), complex(1.5), complex('inf+nanj'))
print(0j, -0j, complex(-0.0, -0.0), complex(0.0, -0.0), 1 + 0j, 1j, -1j)
print(z == 3 + 4j, z != 3, (1 + 0j) == 1, (1 + 0j) == 1.0)
print(hash(1 + 0j) == hash(1), hash(0j), type(z).__name__)
