"""Language names in words, in the language itself and in English."""

from __future__ import annotations

# (own name, English name) for every language langdetect knows.
_NAMES: dict[str, tuple[str, str]] = {
    "af": ("Afrikaans", "Afrikaans"), "ar": ("العربية", "Arabic"), "bg": ("Български", "Bulgarian"),
    "bn": ("বাংলা", "Bengali"), "ca": ("Català", "Catalan"), "cs": ("Čeština", "Czech"),
    "cy": ("Cymraeg", "Welsh"), "da": ("Dansk", "Danish"), "de": ("Deutsch", "German"),
    "el": ("Ελληνικά", "Greek"), "en": ("English", "English"), "es": ("Español", "Spanish"),
    "et": ("Eesti", "Estonian"), "fa": ("فارسی", "Persian"), "fi": ("Suomi", "Finnish"),
    "fr": ("Français", "French"), "gu": ("ગુજરાતી", "Gujarati"), "he": ("עברית", "Hebrew"),
    "hi": ("हिन्दी", "Hindi"), "hr": ("Hrvatski", "Croatian"), "hu": ("Magyar", "Hungarian"),
    "id": ("Bahasa Indonesia", "Indonesian"), "is": ("Íslenska", "Icelandic"),
    "it": ("Italiano", "Italian"), "ja": ("日本語", "Japanese"), "kn": ("ಕನ್ನಡ", "Kannada"),
    "ko": ("한국어", "Korean"), "lt": ("Lietuvių", "Lithuanian"), "lv": ("Latviešu", "Latvian"),
    "mk": ("Македонски", "Macedonian"), "ml": ("മലയാളം", "Malayalam"), "mr": ("मराठी", "Marathi"),
    "ne": ("नेपाली", "Nepali"), "nl": ("Nederlands", "Dutch"), "no": ("Norsk", "Norwegian"),
    "pa": ("ਪੰਜਾਬੀ", "Punjabi"), "pl": ("Polski", "Polish"), "pt": ("Português", "Portuguese"),
    "ro": ("Română", "Romanian"), "ru": ("Русский", "Russian"), "sk": ("Slovenčina", "Slovak"),
    "sl": ("Slovenščina", "Slovenian"), "so": ("Soomaali", "Somali"), "sq": ("Shqip", "Albanian"),
    "sv": ("Svenska", "Swedish"), "sw": ("Kiswahili", "Swahili"), "ta": ("தமிழ்", "Tamil"),
    "te": ("తెలుగు", "Telugu"), "th": ("ไทย", "Thai"), "tl": ("Tagalog", "Tagalog"),
    "tr": ("Türkçe", "Turkish"), "uk": ("Українська", "Ukrainian"), "ur": ("اردو", "Urdu"),
    "vi": ("Tiếng Việt", "Vietnamese"), "zh-cn": ("简体中文", "Chinese (Simplified)"),
    "zh-tw": ("繁體中文", "Chinese (Traditional)"),
}

RIGHT_TO_LEFT = frozenset({"ar", "he", "fa", "ur"})


def language_name(code: str) -> str:
    """'Nederlands / Dutch' for 'nl', 'English' for 'en', 'Unknown language' for 'unknown'."""
    if code == "unknown" or not code:
        return "Unknown language"
    own, english = _NAMES.get(code, (code, code))
    return own if own == english else f"{own} / {english}"


def is_right_to_left(code: str) -> bool:
    """True for languages written from right to left."""
    return code in RIGHT_TO_LEFT
