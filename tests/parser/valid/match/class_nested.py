match x:
    case Line(Point(x1, y1), end=Point(x2, y2)):
        pass
