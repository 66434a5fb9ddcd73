# uuid: construction from fixed hex/bytes/bytes_le/fields/int/urn, uuid3/uuid5, fields,
# version/variant, ordering, errors; uuid1/uuid4 only through their fixed bits.
import uuid

u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(u, repr(u), u.hex, u.int, u.urn, u.version, u.variant)
print(u.bytes, u.bytes_le, u.fields)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node,
      u.time, u.clock_seq)
for s in ["12345678123456781234567812345678", "urn:uuid:12345678-1234-5678-1234-567812345678",
          "  12345678-1234-5678-1234-567812345678 ".strip()]:
    print(uuid.UUID(s) == u)
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u,
      uuid.UUID(fields=u.fields) == u, uuid.UUID(int=u.int) == u)
print(uuid.UUID(int=0), uuid.UUID(int=2 ** 128 - 1), uuid.NIL if hasattr(uuid, "NIL") else "-")
v = uuid.UUID(int=u.int, version=4)
print(v, v.version, v.variant)
for s in ["00000000-0000-0000-0000-000000000000", "00000000-0000-0000-8000-000000000000",
          "00000000-0000-0000-c000-000000000000", "00000000-0000-0000-e000-000000000000"]:
    x = uuid.UUID(s)
    print(x.variant, x.version)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid3(uuid.NAMESPACE_URL, "http://x/é"), uuid.uuid5(uuid.NAMESPACE_OID, b"1.2.3".decode()))
print(uuid.uuid5(uuid.NAMESPACE_X500, "cn=x"), uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL)
r = uuid.uuid4()
print(r.version, r.variant == uuid.RFC_4122, len(str(r)), type(r.int).__name__)
t = uuid.uuid1(node=0x123456789ABC, clock_seq=0x1234)
print(t.version, t.node == 0x123456789ABC, t.clock_seq == 0x1234, t.variant)
print(t.is_safe in (uuid.SafeUUID.safe, uuid.SafeUUID.unsafe, uuid.SafeUUID.unknown))
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1), uuid.UUID(int=2)]))
print(uuid.UUID(int=1) < uuid.UUID(int=2), uuid.UUID(int=1) == 1, hash(uuid.UUID(int=5)) == hash(5))
print(int(uuid.UUID(int=77)), str(uuid.UUID(int=77)), uuid.SafeUUID.unknown, uuid.UUID(int=9).is_safe)
d = {uuid.UUID(int=1): "a"}
print(d[uuid.UUID("00000000-0000-0000-0000-000000000001")])
import copy
import pickle
print(copy.deepcopy(u) == u, pickle.loads(pickle.dumps(u)) == u)
try:
    u.x = 1
except TypeError as e:
    print("TypeError", e)
try:
    u.int = 1
except TypeError as e:
    print("TypeError", e)

for kwargs in [dict(hex="123"), dict(hex="g2345678123456781234567812345678"), dict(bytes=b"short"),
               dict(bytes_le=b"x" * 17), dict(fields=(1, 2, 3)), dict(fields=(2 ** 32, 0, 0, 0, 0, 0)),
               dict(fields=(0, 0, 0, 256, 0, 0)), dict(fields=(0, 0, 0, 0, 0, 2 ** 48)),
               dict(int=-1), dict(int=2 ** 128), dict(int=1, version=9), dict(), dict(hex="0" * 32, int=0)]:
    try:
        print(uuid.UUID(**kwargs))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    uuid.UUID(5)
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
