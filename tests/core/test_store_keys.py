"""Content keys: the same words give the same key, however the file spaces them."""

import random
import re
import sys
import unicodedata

from bilingual_reader.core.store_keys import content_key, normalise, normalise_long


def _by_pattern(text: str) -> str:
    """normalise() as first written (keys already stored were made this way)."""
    text = unicodedata.normalize("NFC", text.replace("\ufeff", ""))
    return re.sub(r"\s+", " ", text).strip()


def test_normalise_folds_every_unicode_space_as_the_pattern_did():
    spaces = [chr(c) for c in range(sys.maxunicode + 1) if re.fullmatch(r"\s", chr(c))]
    assert {"\u00a0", "\u2003", "\u3000", "\x1c", "\n"} <= set(spaces)
    rnd = random.Random(5)
    alphabet = spaces + list("ab é\u0301ß\ufeff")
    for _ in range(2000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30)))
        assert normalise(text) == _by_pattern(text), repr(text)


def test_a_book_keys_the_same_in_pieces_and_whole():
    rnd = random.Random(9)
    text = "\n".join(" ".join("w" * rnd.randint(1, 9) for _ in range(rnd.randint(0, 40))) for _ in range(3000))
    assert normalise_long(text, piece=512) == _by_pattern(text)


def test_rewrapped_lines_and_a_bom_keep_the_key():
    assert content_key("\ufeffEen  twee\r\ndrie", "One two") == content_key("Een twee drie ", "One\ntwo")
    assert content_key("Een", "One") != content_key("Een", "Two")
