h = lambda p, /* , q: p
