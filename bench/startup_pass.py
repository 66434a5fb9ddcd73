# bench-group: startup
# bench-kind: startup
pass
