# unicodedata.ucd_3_2_0.lookup knows neither name aliases nor named sequences.
import unicodedata

for name in ["LATIN SMALL LETTER A", "latin small letter a", "YI SYLLABLE ITERATION MARK",
             "LATIN CAPITAL LETTER GHA", "TAMIL SYLLABLE SAI", "HANGUL SYLLABLE GAG",
             "CJK UNIFIED IDEOGRAPH-4E00", "NO SUCH THING"]:
    for ucd in (unicodedata, unicodedata.ucd_3_2_0):
        try:
            print(ascii(ucd.lookup(name)))
        except KeyError as e:
            print("KeyError", e)
