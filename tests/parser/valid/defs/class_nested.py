class A:
    class B:
        class C:
            pass
