import json
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({'s': {3, 1}}, cls=Enc))
print(json.loads('{"a": 1.5, "b": 2}', parse_float=str, object_hook=lambda d: sorted(d.items())))
print(json.dumps([1, [2, [3]]], separators=(',', ':')), json.dumps({'b': 1, 'a': 2}, sort_keys=True, indent='\t'))
print(json.dumps('tab\there "q" \\ \u0001'), json.loads('"\\ud83d\\ude00"'))
