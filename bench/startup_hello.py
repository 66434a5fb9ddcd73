# bench-group: startup
# bench-kind: startup
# bench-expect-stdout: Hello, world!
print("Hello, world!")
