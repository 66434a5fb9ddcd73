class A(metaclass=M, Base):
    pass
