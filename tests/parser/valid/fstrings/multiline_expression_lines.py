x = f'''a
b {c} d
e {f}'''
