match x:
    case a + 1j:
        pass
