import sys
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor, sys.version_info >= (3, 11), sys.version_info < (3, 12))
print(sys.version.startswith('3.11'), type(sys.version_info).__name__, len(sys.version_info[:3]))
print(sys.implementation.name in ('cpython', 'swallow'), sys.byteorder, sys.maxsize, sys.maxsize == 2**63 - 1)
print(sys.maxunicode, hex(sys.maxunicode))
