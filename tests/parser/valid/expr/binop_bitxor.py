a ^ b
