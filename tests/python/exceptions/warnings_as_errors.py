import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn('careful', UserWarning)
    warnings.warn('old', DeprecationWarning)
    print([(x.category.__name__, str(x.message)) for x in w])
warnings.simplefilter('error')
try:
    warnings.warn('now an error')
except UserWarning as e:
    print('UserWarning:', e)
