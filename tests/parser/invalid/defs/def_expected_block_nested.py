class A:
    def m(self):
    x = 1
