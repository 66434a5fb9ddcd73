from collections import deque
d = deque([1, 2, 3], maxlen=5)
d.append(4); d.appendleft(0); d.append(5)
print(d, d.maxlen, d[0], d[-1])
d.rotate(2); print(d)
d.rotate(-3); print(d)
print(d.popleft(), d.pop(), list(reversed(d)), d.count(3), d.index(3))
d.extendleft('ab'); print(d)
try:
    deque().pop()
except IndexError as e:
    print('IndexError:', e)
