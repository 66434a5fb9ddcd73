f"{d['key']}"
