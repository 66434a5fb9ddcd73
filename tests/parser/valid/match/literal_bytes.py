match x:
    case b'\x00':
        pass
