class A:
    def run(self):
        return self.step()
    def step(self):
        return [1, 2][self.idx()]
    def idx(self):
        return 5
A().run()
