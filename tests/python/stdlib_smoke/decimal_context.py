from decimal import Decimal, localcontext, InvalidOperation, DivisionByZero, getcontext
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(3), +Decimal('1.23456789'))
print(Decimal(1) / Decimal(3))
getcontext().traps[DivisionByZero] = True
try:
    Decimal(1) / Decimal(0)
except DivisionByZero as e:
    print('DivisionByZero', type(e).__mro__[1].__name__)
try:
    Decimal('abc')
except InvalidOperation:
    print('InvalidOperation')
print(Decimal('1.5').to_integral_value(), Decimal('2.5').to_integral_value(), Decimal(2) ** 100, Decimal('12.345').scaleb(2))
