"""The sentence splitter: end marks, abbreviations per language, initials, quotes."""

import pytest

from bilingual_reader.core.sentences import split_sentences


def _split(text, lang=None):
    return [text[a:b] for a, b in split_sentences(text, lang)]


def test_splits_after_end_marks_followed_by_a_capital():
    assert _split("It rained. We stayed in! Did you? Yes.") == ["It rained.", "We stayed in!", "Did you?", "Yes."]


def test_keeps_closing_quotes_with_their_sentence():
    assert _split('"Good to see you," he said. "Hail Mr. President!" She smiled.', "en") == [
        '"Good to see you," he said.', '"Hail Mr. President!"', "She smiled."]


@pytest.mark.parametrize("lang, text, count", [
    ("en", "Dr. Watson met Mr. Holmes at noon. He was late.", 2),
    ("en", "See e.g. Smith and Jones. They agree.", 2),
    ("nl", "Dhr. Jansen kwam bijv. Zaterdag langs. Hij bleef lang.", 2),
    ("nl", "Zie blz. 12 voor meer. Dank u.", 2),
    ("de", "Hr. Müller kommt bzw. Frau Meier kommt. Er ist nett.", 2),
    ("de", "Das gilt z.B. Heute nicht. Sonst schon.", 2),
    ("fr", "M. Dupont et Mme. Durand sont là. Ils parlent.", 2),
    ("es", "El Sr. García y la Sra. López llegaron. Hablaron mucho.", 2),
    ("it", "Il Sig. Rossi e il Dott. Bianchi sono qui. Parlano.", 2),
])
def test_abbreviations_do_not_end_sentences(lang, text, count):
    assert len(split_sentences(text, lang)) == count


def test_initials_do_not_end_sentences():
    assert _split("J. R. R. Tolkien wrote it. It sold well.", "en") == ["J. R. R. Tolkien wrote it.", "It sold well."]


def test_lowercase_after_a_stop_is_no_boundary():
    assert len(split_sentences("He said etc. and left... then came back.", "en")) == 1


def test_a_lowercase_letter_outside_ascii_after_a_stop_is_no_boundary_and_a_capital_is():
    # 'œ' and 'ł' lie among the capitals of Latin Extended-A, 'Ș' and 'Ǎ' beyond it
    assert len(split_sentences("Il admira cette œuvre. œuvre rare, dit-il.", "fr")) == 1
    assert len(split_sentences("Szli przez las. łąka była dalej.", "pl")) == 1
    assert _split("Au revoir. Ștefan est venu. Ǎ la fin.", "fr") == ["Au revoir.", "Ștefan est venu.", "Ǎ la fin."]
    assert _split("Il a 3 ans. ٣ ans plus tard.", "fr") == ["Il a 3 ans.", "٣ ans plus tard."]


def test_spanish_opening_marks_start_a_sentence():
    assert _split("Hola. ¿Qué tal? ¡Muy bien!", "es") == ["Hola.", "¿Qué tal?", "¡Muy bien!"]


def test_spans_point_into_the_text_and_skip_space():
    text = "  One.  Two.  "
    assert split_sentences(text) == [(2, 6), (8, 12)]


def test_empty_and_blank_text_have_no_sentences():
    assert split_sentences("") == [] and split_sentences("   \n ") == []


def test_chinese_and_japanese_sentences_split_without_spaces():
    from bilingual_reader.core.sentences import split_sentences

    zh = "普京和拜登进行了视频通话。华盛顿担心入侵，俄罗斯否认。你好吗？我很好！"
    assert [zh[a:b] for a, b in split_sentences(zh, "zh-cn")] == [
        "普京和拜登进行了视频通话。", "华盛顿担心入侵，俄罗斯否认。", "你好吗？", "我很好！"]
    ja = "「侵攻しない」と大統領は言った。ワシントンは侵攻を恐れている。"
    assert [ja[a:b] for a, b in split_sentences(ja, "ja")] == [
        "「侵攻しない」と大統領は言った。", "ワシントンは侵攻を恐れている。"]


def test_clauses_end_at_semicolons_colons_and_questions_going_on_in_lower_case():
    from bilingual_reader.core.sentences import split_clauses

    text = "Pourquoi êtes-vous tous rois ? pour moi, je vous avoue que ni moi ni Martin ne le sommes."
    assert [text[a:b] for a, b in split_clauses(text)] == [
        "Pourquoi êtes-vous tous rois ?", "pour moi, je vous avoue que ni moi ni Martin ne le sommes."]
    semi = "He laid himself down to sleep in a furrow; the snow fell in great flakes that night."
    assert [semi[a:b] for a, b in split_clauses(semi)] == [
        "He laid himself down to sleep in a furrow;", "the snow fell in great flakes that night."]


def test_a_question_going_on_in_capitals_or_a_short_piece_is_not_cut_into_clauses():
    from bilingual_reader.core.sentences import split_clauses

    quoted = 'Did you see them all ? Said the man at the door of the inn.'  # the splitter kept it whole
    assert split_clauses(quoted) == [(0, len(quoted))]
    short = "Ma pauvre enfant ! savez-vous bien ce que vous m'avez coûté ?"
    assert split_clauses(short) == [(0, len(short))]


def test_greek_questions_end_with_a_semicolon_and_sentences_may_start_with_an_accented_capital():
    text = "Τι κάνεις; Είμαι καλά. Όλα πάνε καλά. Πού πας\u037e Στο σπίτι."
    assert [text[a:b] for a, b in split_sentences(text, "el")] == [
        "Τι κάνεις;", "Είμαι καλά.", "Όλα πάνε καλά.", "Πού πας\u037e", "Στο σπίτι."]
    # in other languages a semicolon goes on within the sentence
    english = "He came; Then he left. After that we slept."
    assert [english[a:b] for a, b in split_sentences(english, "en")] == ["He came; Then he left.", "After that we slept."]
    russian = "Он пришёл. Ёлка стояла в углу."
    assert [russian[a:b] for a, b in split_sentences(russian, "ru")] == ["Он пришёл.", "Ёлка стояла в углу."]


def test_greek_abbreviations_do_not_end_a_sentence():
    text = "Ήρθε ο κ. Παπαδόπουλος, π.χ. Σήμερα. Μετά έφυγε."
    assert [text[a:b] for a, b in split_sentences(text, "el")] == ["Ήρθε ο κ. Παπαδόπουλος, π.χ. Σήμερα.", "Μετά έφυγε."]


def test_the_greek_raised_dot_cuts_clauses_like_a_semicolon():
    from bilingual_reader.core.sentences import split_clauses

    for dot in ("\u0387", "\u00b7"):
        text = f"Οι πέτρες επλάσθηκαν για να πελεκιούνται{dot} έτσι ο Αφέντης έχει ωραίον πύργο."
        assert [text[a:b] for a, b in split_clauses(text)] == [
            f"Οι πέτρες επλάσθηκαν για να πελεκιούνται{dot}", "έτσι ο Αφέντης έχει ωραίον πύργο."]


def test_a_line_of_dialogue_opened_by_a_dash_starts_a_sentence():
    text = "Il se tut longtemps. — Oui, dit-elle enfin. – Non !"
    assert [text[a:b] for a, b in split_sentences(text, "fr")] == [
        "Il se tut longtemps.", "— Oui, dit-elle enfin.", "– Non !"]


@pytest.mark.parametrize("lang, text, sentences", [
    ("ar", "ماذا سنفعل الآن؟ سأل كانديد. كان شابا بسيطا.", ["ماذا سنفعل الآن؟", "سأل كانديد.", "كان شابا بسيطا."]),
    ("he", "מה נעשה עכשיו? שאל קנדיד. הוא היה צעיר.", ["מה נעשה עכשיו?", "שאל קנדיד.", "הוא היה צעיר."]),
    ("ko", "그는 젊은이였다. 그래서 캉디드라고 불렸다.", ["그는 젊은이였다.", "그래서 캉디드라고 불렸다."]),
    ("hi", "मैं घर जा रहा हूँ। तुम कहाँ हो?", ["मैं घर जा रहा हूँ।", "तुम कहाँ हो?"]),
])
def test_scripts_without_capitals_start_a_sentence_with_any_letter(lang, text, sentences):
    assert _split(text, lang) == sentences


def test_the_arabic_semicolon_cuts_clauses():
    from bilingual_reader.core.sentences import split_clauses

    text = "كان شابا بسيط العقل جدا جدا؛ ولهذا سمي كانديد في القصر."
    assert [text[a:b] for a, b in split_clauses(text)] == ["كان شابا بسيط العقل جدا جدا؛", "ولهذا سمي كانديد في القصر."]
