s = "a&b&&c&"
for c in (-1, 0, 1, 2, 3, 10):
    print(c, s.replace("&", "&amp;", c), s.replace("&&", "$&", c), "xyz".replace("q", "r", c), "".replace("a", "b", c))
print("aaaa".replace("aa", "b"), "aaa".replace("a", ""), "x😀y😀".replace("😀", "z"), "x😀y".replace("y", "😀"))
print("abc".replace("", "-"), "abc".replace("", "-", 2))
