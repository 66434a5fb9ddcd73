self.count += 1
