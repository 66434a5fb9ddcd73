# int() of strings: underscores only single and between digits, per base; the digit limit
# counts digits only and is checked before converting.
import sys

for s, base in [("1_000", 10), ("1__0", 10), ("_1", 10), ("1_", 10), ("0x_ff", 0), ("0x__ff", 0),
                ("ff_FF", 16), ("z_z", 36), ("1_2", 2), ("0_0", 0), ("0_7", 0), (" 12_3 ", 10),
                ("١_٢", 10), ("7_", 8), ("  -0b1_0", 0), ("1 _2", 10)]:
    try:
        print(repr(s), base, int(s, base))
    except ValueError as e:
        print(repr(s), base, "ValueError:", e)

sys.set_int_max_str_digits(640)
print(len(str(int("9" * 640))))
print(len(str(int("_".join("9" * 640)))))
for text in ["9" * 641, "7" * 100_000]:
    try:
        int(text)
    except ValueError as e:
        print("ValueError:", e)
print(int("f" * 1000, 16) % 1000)
