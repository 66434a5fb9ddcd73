inventory = [
    {'sku': 'A1', 'name': 'Widget', 'qty': 10, 'price': 2.5, 'cat': 'tools'},
    {'sku': 'B2', 'name': 'Gadget', 'qty': 0, 'price': 12.0, 'cat': 'toys'},
    {'sku': 'C3', 'name': 'Doohickey', 'qty': 5, 'price': 7.25, 'cat': 'tools'},
    {'sku': 'D4', 'name': 'Thingamajig', 'qty': 42, 'price': 0.99, 'cat': 'misc'},
]
print(f"{'SKU':<5}{'Name':<14}{'Qty':>5}{'Price':>9}{'Value':>10}")
print('-' * 43)
total = 0
for it in sorted(inventory, key=lambda i: i['qty'] * i['price'], reverse=True):
    v = it['qty'] * it['price']; total += v
    flag = ' (out)' if not it['qty'] else ''
    print(f"{it['sku']:<5}{it['name']:<14}{it['qty']:>5}{it['price']:>9.2f}{v:>10.2f}{flag}")
print('-' * 43)
print(f"{'Total':<33}{total:>10.2f}")
by_cat = {}
for it in inventory: by_cat.setdefault(it['cat'], []).append(it['name'])
print(by_cat, [i['sku'] for i in inventory if i['qty'] == 0])
