from datetime import date, timedelta
start = date(2023, 1, 1)
days = [start + timedelta(days=30 * i) for i in range(6)]
print([d.isoformat() for d in days])
print([d.strftime('%a') for d in days], [d.isocalendar()[1] for d in days])
print((date(2024, 12, 25) - date(2024, 1, 1)).days, date(2000, 2, 29).replace(year=2004), date.max, date.min)
print(timedelta(days=-1, seconds=5), str(timedelta(hours=36)), timedelta(microseconds=1500), abs(timedelta(days=-2)))
