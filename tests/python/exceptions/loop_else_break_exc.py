for i in range(3):
    try:
        if i == 1:
            raise ValueError(i)
    except ValueError as e:
        print('caught', e)
        continue
    finally:
        print('finally', i)
    print('body end', i)
else:
    print('loop else')
while True:
    try:
        break
    finally:
        print('finally on break')
print('done')
