{k: v for k, v in pairs}
