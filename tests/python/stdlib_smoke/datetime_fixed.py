from datetime import date, datetime, timedelta, time
d = date(2024, 2, 28)
print(d + timedelta(days=1), d + timedelta(days=2), d.weekday(), d.isoformat(), d.strftime('%A %d %B %Y'))
dt = datetime(2023, 12, 31, 23, 59, 30)
print(dt + timedelta(seconds=45), (datetime(2024, 3, 1) - dt).total_seconds(), dt.isoformat(), repr(dt))
print(timedelta(days=1, hours=25, minutes=-30), timedelta(weeks=1) // timedelta(days=3), time(12, 30).isoformat())
print(date.fromisoformat('2020-02-29').toordinal(), datetime.strptime('2021-07-04 10:00', '%Y-%m-%d %H:%M'))
