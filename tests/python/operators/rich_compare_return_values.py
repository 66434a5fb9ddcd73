class W:
    def __lt__(self, o): return [1]
    def __le__(self, o): return 0
    def __gt__(self, o): return 'yes'
    def __ge__(self, o): return None
w = W()
print(w < 1, w <= 1, w > 1, w >= 1, 1 > w, 1 < w)
print(sorted([3, 1, 2], key=lambda x: -x))
print(1 < w < 2)
