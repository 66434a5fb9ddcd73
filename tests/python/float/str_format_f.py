vals = [0.0, -0.0, 1.0, 1.5, 2.5, -2.5, 0.125, 1/3, 123.456, 1e-5, 1e20, 2.675, 1.005, float('inf'), float('-inf'), float('nan')]
for v in vals:
    print(f"{v:f}|{v:.0f}|{v:.1f}|{v:.2f}|{v:10.3f}|{v:<10.1f}|{v:+.2f}|{v: .1f}")
