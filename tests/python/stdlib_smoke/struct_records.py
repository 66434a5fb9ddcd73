import struct
rec = struct.Struct('<4sIf')
packed = b''.join(rec.pack(n.encode(), i, i / 4) for i, n in enumerate(['ab', 'cdef', 'g']))
print(len(packed), packed.hex())
for name, i, f in rec.iter_unpack(packed):
    print(name, i, f)
print(rec.size, rec.format)
