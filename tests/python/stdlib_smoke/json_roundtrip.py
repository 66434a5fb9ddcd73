import json
data = {'name': 'Zoë', 'n': [1, 2.5, None, True], 'nested': {'k': 'v'}, 'empty': []}
s = json.dumps(data)
print(s)
print(json.dumps(data, ensure_ascii=False, sort_keys=True))
print(json.dumps(data, indent=2))
print(json.loads(s) == data, json.loads('[1, "a", {"b": null}]'), json.loads('1e3'), json.loads('"\\u00e9"'))
print(json.dumps(float('inf')), json.dumps((1, 2)), json.dumps({1: 'int key'}), json.dumps('😀'))
try:
    json.loads('{bad}')
except json.JSONDecodeError as e:
    print('JSONDecodeError:', e)
try:
    json.dumps({1, 2})
except TypeError as e:
    print('TypeError:', e)
