def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return 'lookup-specific ' + type(e).__name__
    except LookupError:
        return 'lookup'
    except (ValueError, TypeError):
        return 'value/type'
    except Exception as e:
        return 'other ' + type(e).__name__
for exc in (KeyError(), IndexError(), LookupError(), ValueError(), TypeError(), UnicodeError(), ZeroDivisionError()):
    print(classify(exc))
