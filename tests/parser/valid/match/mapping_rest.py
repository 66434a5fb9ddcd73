match x:
    case {'k': v, **rest}:
        pass
