a << b
