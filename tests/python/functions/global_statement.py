counter = 0
def inc():
    global counter
    counter += 1
for _ in range(5):
    inc()
print(counter)
def make_global():
    global created
    created = 'new global'
make_global()
print(created)
def read_only():
    return counter * 2
print(read_only())
