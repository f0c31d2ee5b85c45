"""Small numbers written out in words, per language, so "four weeks" meets "4 vikna" and "deux".

A translator writes a number as a word on one side and as digits on the other, or as words on
both; as keys, both become the digits. Only numbers from two to twelve and twenty: "one" is also
a pronoun and an article in most languages, and large numbers come in several words. Words that
mean something else too in their own language (French "neuf" new, Italian "sei" you are) are left
out. Spellings are as keys see them: lowercase ASCII, accents stripped.
"""

from __future__ import annotations

from functools import lru_cache

_WORDS = {
    "en": "two three four five six seven eight nine ten eleven twelve twenty",
    "fr": "deux trois quatre cinq six sept huit - dix onze douze vingt",
    "es": "dos tres cuatro cinco seis siete ocho nueve diez once doce veinte",
    "it": "due tre quattro cinque - sette otto nove dieci undici dodici venti",
    "pt": "dois|duas tres quatro cinco seis sete oito nove dez onze doze vinte",
    "de": "zwei drei vier funf|fuenf sechs sieben acht neun zehn elf zwolf|zwoelf zwanzig",
    "nl": "twee drie vier vijf zes zeven acht negen tien elf twaalf twintig",
    "is": ("tveir|tvaer|tvo thrir|thrjar|thrju fjorir|fjorar|fjogur fimm sex sjo atta niu tiu "
           "ellefu tolf tuttugu"),
    "sv": "tva tre fyra fem sex sju atta nio tio elva tolv tjugo",
    "da": "to tre fire fem seks syv otte ni ti elleve tolv tyve",
    "no": "to tre fire fem seks sju atte ni ti elleve tolv tjue",
}
_VALUES = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 20]


@lru_cache(maxsize=None)
def number_words(lang: str | None) -> dict[str, str]:
    """The number words of a language (lowercase ASCII) and their digits; empty for a language not listed."""
    spelled = _WORDS.get("no" if lang in ("nb", "nn") else lang) if lang else None
    digits: dict[str, str] = {}
    for value, words in zip(_VALUES, (spelled or "").split()):
        for word in words.split("|"):
            if word != "-":
                digits[word] = str(value)
    return digits
