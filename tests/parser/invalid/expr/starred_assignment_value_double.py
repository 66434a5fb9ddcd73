x = *a, **b
