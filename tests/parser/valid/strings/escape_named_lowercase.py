'\N{euro sign}'
