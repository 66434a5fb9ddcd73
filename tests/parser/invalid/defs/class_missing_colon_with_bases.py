class Widget(Base)
    pass
