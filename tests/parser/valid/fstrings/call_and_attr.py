f'{obj.method(1, 2).attr}'
