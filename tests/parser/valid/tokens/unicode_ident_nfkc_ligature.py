ﬁle = 1
print(ﬁle)
