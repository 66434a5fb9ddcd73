# calendar: text and HTML output, monthrange/isleap/leapdays/weekday, iterators, errors.
import calendar

print(calendar.month(2024, 2))
print(calendar.month(2023, 12, w=3, l=2))
tc = calendar.TextCalendar(firstweekday=calendar.SUNDAY)
print(tc.formatmonth(2021, 5))
print(tc.formatyear(2000, w=2, l=1, c=4, m=4))
print(calendar.TextCalendar(6).formatweekheader(1))
print(repr(calendar.TextCalendar().formatweek([(0, 0), (1, 1), (2, 2)], 2)))
print(calendar.monthrange(2024, 2), calendar.monthrange(1900, 2), calendar.monthrange(2000, 2))
print([calendar.isleap(y) for y in (1900, 2000, 2023, 2024, 0, -4)])
print(calendar.leapdays(1900, 2001), calendar.leapdays(2001, 1900))
print(calendar.weekday(1970, 1, 1), calendar.weekday(2024, 12, 25), calendar.weekday(1, 1, 1))
print(calendar.weekday(9999, 12, 31))
print(calendar.monthcalendar(2024, 3))
print(calendar.timegm((2024, 3, 1, 12, 30, 15, 0, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59)))
c = calendar.Calendar(firstweekday=2)
print(list(c.iterweekdays()))
print([d.isoformat() for d in c.itermonthdates(2024, 2)][:10])
print(list(c.itermonthdays2(2024, 2))[:9])
print(list(c.itermonthdays4(2024, 1))[:3])
print(len(c.yeardatescalendar(2024)), len(c.yeardays2calendar(2024, width=4)))
print(list(calendar.day_name), list(calendar.month_abbr))
print(calendar.MONDAY, calendar.SUNDAY, calendar.firstweekday())
print(repr(calendar.weekheader(2)), repr(calendar.weekheader(9)))
for bad in [(2024, 13), (2024, 0)]:
    try:
        calendar.monthrange(*bad)
    except calendar.IllegalMonthError as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
try:
    calendar.Calendar().firstweekday = 9
    print(calendar.Calendar(9).firstweekday, list(calendar.Calendar(9).iterweekdays()))
except Exception as e:
    print(type(e).__name__, e)
try:
    calendar.setfirstweekday(7)
except calendar.IllegalWeekdayError as e:
    print(type(e).__name__, e)
print(list(calendar.Calendar().itermonthdates(1, 1))[0])

hc = calendar.HTMLCalendar(firstweekday=0)
print(hc.formatmonth(2024, 2))
print(hc.formatmonth(2024, 2, withyear=False)[:120])
print(hc.formatyear(2024, width=6)[:600])
page = hc.formatyearpage(2024, css="cal.css", encoding="ascii")
print(type(page).__name__, page[:250])
print(hc.cssclasses, hc.cssclass_noday, hc.cssclass_month_head)


class MyHTML(calendar.HTMLCalendar):
    cssclasses = ["w%d" % i for i in range(7)]

    def formatday(self, day, weekday):
        return "<td>%s</td>" % ("" if day == 0 else "[%d]" % day)


print(MyHTML(6).formatmonth(2023, 4))
