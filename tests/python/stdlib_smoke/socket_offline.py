# _socket without network: constants, errors, byte order and address text conversions.
import _socket as s
import socket
def t(f,*a):
    try: print(repr(f(*a)))
    except Exception as e: print(type(e).__name__, e)
t(s.setdefaulttimeout,'a'); t(s.setdefaulttimeout,-1); t(s.setdefaulttimeout,2); t(s.getdefaulttimeout); t(s.setdefaulttimeout,None)
t(s.htons,70000); t(s.htons,-1); t(s.htons,1.0); t(s.htonl,2**32); t(s.htonl,-1); t(s.htonl,258); t(s.htons,258); t(s.ntohl,1)
t(s.inet_aton,'1.2.3.4'); t(s.inet_aton,'1.2'); t(s.inet_aton,'300.1.1.1'); t(s.inet_aton,'0x7f.1'); t(s.inet_aton,'x'); t(s.inet_aton,b'1.2.3.4')
t(s.inet_ntoa,b'\x01\x02\x03\x04'); t(s.inet_ntoa,b'\x01'); t(s.inet_ntoa,'abcd')
t(s.inet_pton,s.AF_INET,'1.2.3.4'); t(s.inet_pton,s.AF_INET,'1.2.3'); t(s.inet_pton,s.AF_INET6,'::1'); t(s.inet_pton,s.AF_INET6,'1::2:3:4:5:6:7'); t(s.inet_pton,s.AF_INET6,'::ffff:1.2.3.4'); t(s.inet_pton,s.AF_INET6,'1:::2'); t(s.inet_pton,99,'x')
t(s.inet_ntop,s.AF_INET6,bytes(16)); t(s.inet_ntop,s.AF_INET6,bytes([0]*10+[255,255,1,2,3,4])); t(s.inet_ntop,s.AF_INET6,bytes([0,1,0,0,0,0,0,2,0,0,0,0,0,0,0,3])); t(s.inet_ntop,s.AF_INET,b'\x01\x02\x03\x04'); t(s.inet_ntop,s.AF_INET,b'\x01'); t(s.inet_ntop,s.AF_INET6,b'\x01')
t(s.inet_ntop,s.AF_INET6,bytes([0]*12+[1,2,3,4]))
t(s.inet_ntop,s.AF_INET6,bytes([0,1]+[0]*14))
print(socket.AF_INET, repr(socket.AF_INET), socket.SOCK_STREAM, socket.SocketKind.SOCK_DGRAM.value)
print(issubclass(socket.gaierror, OSError), socket.gaierror.__module__, socket.timeout is TimeoutError, socket.error is OSError)
print(type(socket.gethostname()).__name__, socket.gethostname() == __import__('os').uname().nodename)
for a in ["1.2.3.4", "::", "1::", "::1", "fe80::1:2", "2001:db8:0:0:1:0:0:1", "0:0:1:0:0:0:0:0", "1:2:3:4:5:6:7:8", "::ffff:10.0.0.1", "1:2:3:4:5:6:1.2.3.4", "1.2.3.4::", ":1::", "1::2::3", "12345::", "1:2:3:4:5:6:7:8:9", "::1:2:3:4:5:6:7", "1:2:3:4:5:6:7::"]:
    try:
        b = socket.inet_pton(socket.AF_INET6, a); print(a, b.hex(), socket.inet_ntop(socket.AF_INET6, b))
    except OSError as e: print(a, "error", e)
for a in ["127.1", "10", "0", "0x10.0x20.0x30.0x40", "010.0.0.1", "1.2.3.4 junk", "1.2.3.4junk", "1.2.3.256", "1.65536", "1.2.65535", "4294967295", "4294967296", "", "1..2", "1.2.3.4."]:
    try: print(repr(a), socket.inet_aton(a).hex())
    except OSError as e: print(repr(a), "error", e)
