1.0.real
