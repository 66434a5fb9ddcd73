for f in (lambda: 1j < 2j, lambda: 1j // 2, lambda: 1j % 2, lambda: int(1j), lambda: float(1j), lambda: complex('1+'), lambda: complex('1', 2), lambda: 1j / 0, lambda: divmod(1j, 1), lambda: round(1j)):
    try:
        print(f())
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
