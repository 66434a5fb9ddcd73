data = {'users': [{'name': 'a'}]}
print('start')
print(data['users'][0]['email'].upper())
print('not reached')
