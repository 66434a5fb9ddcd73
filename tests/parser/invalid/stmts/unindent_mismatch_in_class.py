class A:
        def m(self):
            pass
    x = 1
