x = 'héllo
