def kmp_table(p):
    t = [0] * len(p); k = 0
    for i in range(1, len(p)):
        while k and p[i] != p[k]: k = t[k - 1]
        if p[i] == p[k]: k += 1
        t[i] = k
    return t
def kmp_search(s, p):
    t, k, out = kmp_table(p), 0, []
    for i, ch in enumerate(s):
        while k and ch != p[k]: k = t[k - 1]
        if ch == p[k]: k += 1
        if k == len(p): out.append(i - k + 1); k = t[k - 1]
    return out
def is_palindrome(s):
    c = [ch.lower() for ch in s if ch.isalnum()]
    return c == c[::-1]
def longest_pal(s):
    best = ''
    for i in range(len(s)):
        for a, b in ((i, i), (i, i + 1)):
            while a >= 0 and b < len(s) and s[a] == s[b]: a -= 1; b += 1
            if b - a - 1 > len(best): best = s[a + 1:b]
    return best
def rle(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]: j += 1
        out.append(f'{j - i}{s[i]}'); i = j
    return ''.join(out)
print(kmp_table('abacabab'), kmp_search('abababcabababab', 'abab'), kmp_search('😀a😀a😀', '😀a'))
print(is_palindrome('A man, a plan, a canal: Panama'), is_palindrome('héh'), longest_pal('forgeeksskeegfor'), rle('aaabccddddé'))
print(sorted(['listen', 'silent', 'enlist', 'google', 'gogole'], key=lambda w: (sorted(w), w)))
