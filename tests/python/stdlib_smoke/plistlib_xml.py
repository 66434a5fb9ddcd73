# plistlib's XML format: dumps then loads round trip, and a hand-written plist.
import datetime
import plistlib

value = {"a": 1, "b": [1.5, "x", True, False], "c": b"\x00\x01\xff", "d": {"e": "é & <"},
         "f": datetime.datetime(2020, 1, 2, 3, 4, 5), "g": -7, "h": []}
data = plistlib.dumps(value)
print(data.decode())
print(plistlib.loads(data) == value, plistlib.loads(data))
print(plistlib.loads(b'''<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0"><dict><key>k</key><string>v</string><key>n</key><integer>3</integer>
<key>r</key><real>2.5</real><key>t</key><true/></dict></plist>'''))
try:
    plistlib.loads(b"<plist><dict><key>k</key></plist>", fmt=plistlib.FMT_XML)
except Exception as e:
    print(type(e).__name__, e)
