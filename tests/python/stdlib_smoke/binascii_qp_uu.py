# binascii's uuencode and quoted-printable codecs, its argument parsing and its refusal
# of strided buffers, compared with CPython.
import binascii


def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


show("uu x", binascii.b2a_uu, b"x")
show("uu empty", binascii.b2a_uu, b"")
show("uu empty tick", binascii.b2a_uu, b"", backtick=True)
show("uu cat tick", binascii.b2a_uu, b"\x00Cat", backtick=True)
show("uu 45", binascii.b2a_uu, bytes(range(45)))
show("uu 46", binascii.b2a_uu, b"!" * 46)
show("uu positional flag", binascii.b2a_uu, b"", True)
show("uu float flag", binascii.b2a_uu, b"", backtick=1.0)
show("uu str", binascii.b2a_uu, "abc")
show("a2b_uu round", binascii.a2b_uu, binascii.b2a_uu(bytes(range(200, 245))))
show("a2b_uu tick", binascii.a2b_uu, "$`$-A=```\n")
show("a2b_uu empty", binascii.a2b_uu, b"")
show("a2b_uu 7f", binascii.a2b_uu, b"\x7f")
show("a2b_uu short", binascii.a2b_uu, b"$ $-\n")
show("a2b_uu illegal", binascii.a2b_uu, b"\xff\x00")
show("a2b_uu garbage", binascii.a2b_uu, b"!!!!")
show("a2b_uu nonascii", binascii.a2b_uu, "\x80")
show("a2b_uu kw", binascii.a2b_uu, data=b"")

for data in [b"=", b"= ", b"==", b"=\nAB", b"=\r\nAB", b"=\rAB\nCD", b"=ab", b"=AX", b"=A", b"a_b"]:
    show("a2b_qp", binascii.a2b_qp, data)
show("a2b_qp header", binascii.a2b_qp, "a_b=5F", header=True)
show("a2b_qp both", binascii.a2b_qp, b"", data=b"")

for data in [
    b"\xff\r\n\xff\n\xff",
    b"0" * 75 + b"\xff\r\n\xff",
    b"x" * 200,
    b"x \ny\t\n",
    b"x \ry\t\r",
    b".\n",
    b".\0",
    b"a.\n",
    b" ",
]:
    show("b2a_qp", binascii.b2a_qp, data)
    show("b2a_qp binary", binascii.b2a_qp, data, istext=False)
    show("b2a_qp tabs", binascii.b2a_qp, data, quotetabs=True)
show("b2a_qp header", binascii.b2a_qp, b"x y_z", header=True)
show("b2a_qp bad kw", binascii.b2a_qp, foo="bar")
show("b2a_qp too many", binascii.b2a_qp, b"", 1, 2, 3, 4)
show("b2a_qp list flag", binascii.b2a_qp, b"", header=[])

show("crc32 none", binascii.crc32)
show("crc32 three", binascii.crc32, b"", 1, 2)
show("crc32 kw", binascii.crc32, data=b"")
show("crc_hqx one", binascii.crc_hqx, b"")
show("unhexlify two", binascii.unhexlify, b"", b"")
show("b2a_base64 kw data", binascii.b2a_base64, data=b"")
show("b2a_base64 bad kw", binascii.b2a_base64, b"", backtick=1)
show("b2a_base64 big flag", binascii.b2a_base64, b"", newline=2**70)

strided = memoryview(bytearray(b"noncontig"))[::-2]
for name in ["b2a_hex", "b2a_base64", "b2a_uu", "b2a_qp", "crc32", "a2b_base64"]:
    show(name + " strided", getattr(binascii, name), strided)
show("one item strided", binascii.b2a_hex, memoryview(b"abc")[::5])
print(memoryview(b"abc")[::5].c_contiguous, memoryview(b"abc")[::2].c_contiguous)

# Argument Clinic's order of complaints when several things are wrong at once.
show("a2b_qp extra kw", binascii.a2b_qp, b"", foo=1, data=b"")
show("a2b_qp all kw", binascii.a2b_qp, data=b"", header=1, x=2)
show("a2b_qp dup then unknown", binascii.a2b_qp, b"", x=1, data=b"")
show("split all kw", "a b".split, sep=None, maxsplit=1, x=2)
show("split mixed", "a b".split, None, maxsplit=1, x=2)
show("split unknown", "a b".split, x=2)
