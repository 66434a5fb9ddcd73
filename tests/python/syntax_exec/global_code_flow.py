results = []
for i in range(3):
    try:
        if i == 0:
            results.append('zero')
            continue
        elif i == 1:
            raise KeyError(i)
        results.append('two')
    except KeyError as e:
        results.append(f'key {e}')
    finally:
        results.append(f'fin {i}')
print(results)
