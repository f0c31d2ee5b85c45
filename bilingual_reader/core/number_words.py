"""Small numbers and months written out in words, per language, so "four weeks" meets "4 vikna"
and "deux", and "12 March" meets "12 maart" and "12 mars".

A translator writes a number as a word on one side and as digits on the other, or as words on
both; as keys, both become the digits. Only numbers from two to twelve and twenty: "one" is also
a pronoun and an article in most languages, and large numbers come in several words. A month
becomes a key of its own ("§3"), never taken for a number. Words that mean something else too in
their own language (French "neuf" new, Italian "sei" you are, English "may") are left out.
Spellings are as keys see them: lowercase ASCII, accents stripped.
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
    # Greek as align_features.to_ascii spells it (the Latin way: 'κ' -> 'c', 'φ' -> 'ph', 'ου' -> 'u')
    "el": ("dyo treis|tria|trion tesseris|tessera|tessaron pente exi epta|ephta octo|ochto "
           "ennea|ennia deca enteca|endeca dodeca eicosi"),
}
_VALUES = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 20]

_MONTHS = {
    "en": "january february march april - june july august september october november december",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "de": ("januar februar marz|maerz april mai juni juli august september oktober november "
           "dezember"),
    "fr": "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre",
    "es": ("enero febrero marzo abril mayo junio julio agosto septiembre|setiembre octubre "
           "noviembre diciembre"),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro marco abril maio junho julho agosto setembro outubro novembro dezembro",
    "is": "januar februar mars april mai juni juli agust september oktober november desember",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "el": " ".join(f"{month}os|{month}u" for month in (
        "ianuari phevruari marti aprili mai iuni iuli august septemvri octovri noemvri decemvri".split())),
}


@lru_cache(maxsize=None)
def number_words(lang: str | None) -> dict[str, str]:
    """The number and month words of a language (lowercase ASCII) and their keys; empty for a language not listed."""
    code = "no" if lang in ("nb", "nn") else lang
    keys: dict[str, str] = {}
    _add(keys, _WORDS.get(code, "") if code else "", [str(v) for v in _VALUES])
    _add(keys, _MONTHS.get(code, "") if code else "", [f"§{m}" for m in range(1, 13)])
    return keys


def _add(keys: dict[str, str], spelled: str, values: list[str]) -> None:
    """Each word of a list of spellings ('-' for none, '|' between variants) with its value."""
    for value, words in zip(values, spelled.split()):
        for word in words.split("|"):
            if word != "-":
                keys[word] = value
