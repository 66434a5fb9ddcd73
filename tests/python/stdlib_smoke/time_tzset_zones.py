# time.tzset() with TZ changed at run time, as glibc reads it: POSIX rule strings (with
# J/n/M rules, transition times, <quoted> names, pre-1970 years), zone files by name and by
# path, ":name", empty and unparsable values; localtime, strftime's %z/%Z, ctime, mktime with
# every tm_isdst in gaps and folds, and the module's timezone/altzone/daylight/tzname. A TZ
# with summer time but no rule ("XYZ3ABC") is left out: glibc then borrows transitions from
# the posixrules zone file, which Swallow does not imitate.
import subprocess
import sys
import os, time
zones = ['garbage', 'ab', 'EST5', '<+0330>-3:30', 'EST5EDT4,M3.2.0/2,M11.1.0/2', 'UTC0', '', ':UTC',
         'America/New_York', '/usr/share/zoneinfo/Europe/Paris', 'Nonexistent/Zone',
         'EST+05EDT,M3.2.0,M4.1.0', 'CET-1CEST,M3.5.0,M10.5.0/3', 'AEST-10AEDT,M10.1.0,M4.1.0/3',
         'EST5EDT', 'Asia/Tokyo', 'Europe/London', 'Australia/Lord_Howe',
         '<-03>3<-02>,M3.5.0/-2,M10.5.0/-1', 'IST-5:30', 'Pacific/Chatham', 'WART4WARST,J1/0,J365/25',
         'NZST-12NZDT,M9.5.0,M4.1.0/3', 'TST-1TDT,100/3,300', 'Europe/Dublin']
stamps = [0, 1e9, 1699162200, 1678606200, 1688227200, 1672592400, -1e9, 2e9, 4e9, 1e10]
rules_only = 4e9  # zone files' far future depends on the tzdata release: rule strings only
for tz in zones:
    os.environ['TZ'] = tz
    time.tzset()
    print(repr(tz), time.tzname, time.timezone, time.altzone, time.daylight)
    for s in stamps:
        if s >= rules_only and ('/' in tz or tz == 'EST5EDT'):
            continue
        t = time.localtime(s)
        print('  ', tuple(t), t.tm_zone, t.tm_gmtoff, time.strftime('%z %Z', t), time.ctime(s))
    for fields in ((2023,11,5,1,30,0,0,0), (2023,3,12,2,30,0,0,0), (2023,7,1,12,0,0,0,0), (2023,1,1,12,0,0,0,0),
                   (2023,3,26,1,30,0,0,0), (2023,10,29,1,30,0,0,0), (2023,4,2,2,30,0,0,0), (2023,10,1,2,30,0,0,0)):
        print('  mk', [time.mktime(fields[:8] + (d,)) for d in (-1, 0, 1)])
del os.environ['TZ']
time.tzset()
print(time.tzname, time.timezone, time.localtime(1e9).tm_zone)

# TZ given when the process starts.
for tz in ("Asia/Tokyo", "CET-1CEST,M3.5.0,M10.5.0/3", "EST5"):
    out = subprocess.run(
        [sys.executable, "-c", "import time; print(time.tzname, time.timezone, time.localtime(1e9))"],
        env={"TZ": tz}, capture_output=True, text=True)
    print(tz, out.stdout.strip(), out.stderr.strip())
