def caesar(s, k):
    out = []
    for ch in s:
        if 'a' <= ch <= 'z': out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        elif 'A' <= ch <= 'Z': out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        else: out.append(ch)
    return ''.join(out)
def vigenere(s, key, dec=False):
    out, i = [], 0
    for ch in s:
        if ch.isalpha() and ch.isascii():
            k = ord(key[i % len(key)].lower()) - 97
            out.append(caesar(ch, -k if dec else k)); i += 1
        else: out.append(ch)
    return ''.join(out)
msg = 'Attack at Dawn! Zebra-crossing, ÜBER.'
e = caesar(msg, 3); print(e, caesar(e, -3) == msg)
v = vigenere(msg, 'lemon'); print(v, vigenere(v, 'lemon', True))
import base64
b = base64.b64encode(msg.encode()); print(b, base64.b64decode(b).decode())
rot13 = str.maketrans('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 'NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm')
print(msg.translate(rot13), msg.translate(rot13).translate(rot13) == msg)
