import math
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.nextafter(-0.0, -1.0))
print(math.ulp(1.0), math.ulp(1e300), math.ulp(0.0), math.ulp(5e-324))
print(1.0 + math.ulp(1.0) / 2 == 1.0, 1.0 + math.ulp(1.0) == math.nextafter(1.0, 2))
import sys
print(sys.float_info.epsilon == math.ulp(1.0), sys.float_info.max, sys.float_info.min)
print(sys.float_info.dig, sys.float_info.mant_dig, sys.float_info.max_exp, sys.float_info.radix)
