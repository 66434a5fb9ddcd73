# str.replace takes the replacement literally: no `$&`, `$1`, `$$` or `$\`` patterns.
print("x".replace("x", "$&$&"))
print("ab".replace("b", "$1$$"))
print("q".replace("q", "$`$'"))
print("a.b.c".replace(".", "$<name>"))
print("aaa".replace("a", "$&", 2))
print("none here".replace("zz", "$&"))
print("é€😀".replace("€", "$&"))
print(repr("".replace("", "$&")), "ab".replace("", "$$"))


class S(str):
    pass


r = S("plain").replace("zz", "y")
print(r, type(r).__name__)
