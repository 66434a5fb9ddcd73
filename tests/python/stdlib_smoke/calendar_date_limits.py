# calendar at the ends of datetime's range: itermonthdates stops at date.max, raises on
# dates that cannot exist, and datetime's own range errors.
import calendar
import datetime

print(list(calendar.Calendar().itermonthdates(1, 1))[0])
print(list(calendar.Calendar().itermonthdays3(9999, 12))[-3:])
for args in [(9999, 12), (10000, 1), (0, 12)]:
    try:
        print(list(calendar.Calendar().itermonthdates(*args))[-1])
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for args in [(10000, 1, 1), (2024, 2, 30), (2023, 13, 1), (0, 1, 1)]:
    try:
        datetime.date(*args)
    except ValueError as e:
        print("ValueError", e)
try:
    datetime.date.max + datetime.timedelta(days=1)
except OverflowError as e:
    print("OverflowError", e)
