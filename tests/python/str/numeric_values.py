for c in '0٣۴߅५১੭૮୯௧౨೩൪෫๖໗༨၉႐០᠑᥆᧖０½⅓²³¹₂ⅷ⑩㊷𝟙𐄇':
    print(repr(c), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isalnum())
