# TabError: the offending line is shown without its leading tab.
class C:
    def f(self):
	pass
