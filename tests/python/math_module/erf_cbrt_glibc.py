# math.erf, math.erfc and math.cbrt are the C library's (glibc's): not correctly rounded,
# and these are inputs where that shows in the last digit.
import math
for x in (5 / 3, 10 / 3, 0.3, 0.9, 1.1, 1.3, 2.0, 2.9, 4.5, 7.25, 27.5, -0.2, -1.0, -3.0, -6.5, 1e-30, 0.0, -0.0):
    print(repr(x), repr(math.erf(x)), repr(math.erfc(x)))
for x in (27.0, 8.0, 1000.0, 2.0, 0.001, -64.0, 1e-310, 5e-324, 1.7976931348623157e308, 3.0, 10.0, -0.0):
    print(repr(x), repr(math.cbrt(x)))
print(math.erfc(30.0), math.erfc(-30.0), math.erf(float('inf')), math.erfc(float('-inf')), math.cbrt(float('-inf')))
print(math.isnan(math.erf(float('nan'))), math.isnan(math.cbrt(float('nan'))))
