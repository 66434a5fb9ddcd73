for x in (0.0, 1.0, 1.5, -2.0, 1e300, 0.1, 0.75, -0.125, 5e-324, 2.0**60):
    print(x, x.is_integer(), x.as_integer_ratio())
for x in (float('inf'), float('nan')):
    print(x.is_integer())
    try:
        x.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
