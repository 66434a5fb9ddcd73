import sys
print(sys.get_int_max_str_digits())
try:
    str(10**5000)
except ValueError as e:
    print("ValueError:", e)
try:
    int('1' * 4301)
except ValueError as e:
    print("ValueError:", e)
print(len(str(10**4299)))
print(hex(10**5000)[:10])
sys.set_int_max_str_digits(0)
print(len(str(10**5000)))
sys.set_int_max_str_digits(5000)
print(len(str(10**4999)))
