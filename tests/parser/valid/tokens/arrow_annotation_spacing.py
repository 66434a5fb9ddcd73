def f()->int:pass
