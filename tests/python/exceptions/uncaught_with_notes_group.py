e1 = ValueError('first')
e1.add_note('note on first')
eg = ExceptionGroup('batch', [e1, TypeError('second')])
eg.add_note('note on group')
raise eg
