import sys
print(sys.argv, len(sys.argv), sys.argv[0].endswith('.py'))
print(type(sys.argv).__name__)
