alpha, beta, gamma = 1, 2, None
print('start')
result = (alpha + beta) * (beta + alpha) - gamma * (alpha - beta)
print('not reached')
