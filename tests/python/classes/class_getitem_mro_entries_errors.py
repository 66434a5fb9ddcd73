# __class_getitem__ set to None hides an inherited one; type() refuses bases that need
# __mro_entries__ resolution (class statements and types.new_class do it).
import types


class TupleNone(tuple):
    __class_getitem__ = None


class Plain:
    __class_getitem__ = None


class NotCallable:
    __class_getitem__ = "Surprise!"


class Nothing:
    pass


for cls in (TupleNone, Plain, NotCallable, Nothing):
    try:
        cls[int]
    except TypeError as e:
        print(e)
print(tuple[int], type[int])


class Entry:
    def __mro_entries__(self, bases):
        return (object,)


class Meta(type):
    pass


for make in (type, Meta):
    for bases in [(Entry(),), (int, Entry()), (1,)]:
        try:
            make("Bad", bases, {})
        except TypeError as e:
            print(make.__name__, e)


class Good(Entry()):
    pass


print(Good.__bases__, Good.__orig_bases__[0].__class__.__name__)
N = types.new_class("N", (Entry(),))
print(N.__bases__)
