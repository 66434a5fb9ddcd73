# The csv dialect registry's functions check their arguments as Argument Clinic does.
import csv

calls = [
    lambda: csv.list_dialects(None),
    lambda: csv.list_dialects(x=1),
    lambda: csv.get_dialect(),
    lambda: csv.get_dialect(1, 2),
    lambda: csv.get_dialect(name="excel").delimiter,
    lambda: csv.get_dialect(nom="excel"),
    lambda: csv.unregister_dialect(),
    lambda: csv.unregister_dialect("a", "b"),
    lambda: csv.unregister_dialect(name="nope"),
    lambda: csv.field_size_limit(1, 2),
    lambda: csv.field_size_limit(limit=5),
    lambda: csv.field_size_limit("a"),
    lambda: csv.field_size_limit(new_limit=4096),
    lambda: csv.field_size_limit(),
    lambda: csv.field_size_limit(2**70),
    lambda: sorted(csv.list_dialects()),
]
for f in calls:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
