class G:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item!r}]'
print(G[int], G[1, 2], G['x'])
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]).__name__)
print(list[int]([1, 2]), list[int] == list[int], list[int].__origin__, list[int].__args__)
try:
    int[str]
except TypeError as e:
    print('TypeError:', e)
