def t(x):
    print("eval", x)
    return x
print(t(0) and t(1))
print(t(1) and t(2))
print(t(0) or t(0) or t(3))
print(t(1) or t(2))
print(not t([]))
print(t(1) < t(2) < t(0) < t(5))
print(t(None) if t(0) else t('else'))
x = t(1) and t(0) or t('fallback')
print(x)
