x, y, name = 10, 3.14159, 'Ada'
print(f"{x} {y:.2f} {name!r} {name:>6} {x:#x} {x:08b} {x*2=} {y = :.1f} {name=!s}")
print(f"{'nested {braces}'} {{double}} {x:{'>'}{5}} {y:{x}.{x // 5}f}")
w, p = 8, 3
print(f"[{y:{w}.{p}}]", f"[{name:^{w}}]", f"{'a' 'b'}", f"{x!r:>{w}}")
print(f"{x if x > 5 else -x}", f"{[i for i in range(3)]}", f"{ {'k': 1}['k'] }", f"{(lambda z: z + 1)(x)}")
print(f"{x=}", f"{ x = }", f"{x + 1 = }", f"{name.upper()=}", f"{y=:.3}")
print(f'{"quoted"}', f"{chr(10)!r}")
print(F"{x}" rf"\d{x}" f"{3}" "{}")
items = ['a', 'b']
print(f"{len(items)} items: {', '.join(items)}", f"{x:,}", f"{10**6:_}", f"{-x:=+6}")
print(f"{'😀':*^7}", f"{3+4j:.1f}", f"{None!s:>5}", f"{object.__name__}")
