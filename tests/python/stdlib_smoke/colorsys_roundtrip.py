# colorsys: conversions between RGB, YIQ, HLS and HSV, round trips, edge values.
import colorsys

colors = [(0.0, 0.0, 0.0), (1.0, 1.0, 1.0), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0),
          (0.2, 0.4, 0.6), (0.5, 0.5, 0.5), (0.9, 0.1, 0.55), (1.0, 0.5, 0.0), (0.25, 1.0, 0.75)]
for c in colors:
    yiq = colorsys.rgb_to_yiq(*c)
    hls = colorsys.rgb_to_hls(*c)
    hsv = colorsys.rgb_to_hsv(*c)
    print(c, yiq, hls, hsv)
    print("  back", colorsys.yiq_to_rgb(*yiq), colorsys.hls_to_rgb(*hls), colorsys.hsv_to_rgb(*hsv))
for h in [0.0, 1 / 6, 0.5, 5 / 6, 0.999, 1.0, 1.5, -0.25]:
    print(h, colorsys.hsv_to_rgb(h, 1.0, 1.0), colorsys.hls_to_rgb(h, 0.5, 1.0))
print(colorsys.yiq_to_rgb(1.0, 1.0, 1.0), colorsys.yiq_to_rgb(0.0, -1.0, -1.0))
print(colorsys.hls_to_rgb(0.3, 0.0, 0.5), colorsys.hls_to_rgb(0.3, 0.7, 0.0))
print(colorsys.rgb_to_hsv(2, 1, 0), colorsys.rgb_to_hls(10, 20, 30))
try:
    colorsys.rgb_to_hsv("a", 0, 0)
except TypeError as e:
    print("TypeError", e)
