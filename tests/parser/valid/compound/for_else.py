for i in x:
    pass
else:
    done()
