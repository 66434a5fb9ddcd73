a[::None]
