raise ExceptionGroup('group', [ValueError('v'), TypeError('t')])
