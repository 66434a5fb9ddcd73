a[lambda: 0]
