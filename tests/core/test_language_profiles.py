"""The profiles read lazily give langdetect exactly the table its own loader builds."""

from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

from bilingual_reader.core.language_profiles import LazyWordProbabilities, load_profiles_lazily


def _factories() -> tuple[DetectorFactory, DetectorFactory]:
    eager, lazy = DetectorFactory(), DetectorFactory()
    eager.load_profile(PROFILES_DIRECTORY)
    load_profiles_lazily(lazy, PROFILES_DIRECTORY)
    return eager, lazy


def test_every_row_and_the_language_order_match_langdetects_own_table():
    eager, lazy = _factories()
    assert isinstance(lazy.word_lang_prob_map, LazyWordProbabilities)
    assert lazy.langlist == eager.langlist
    assert len(lazy.word_lang_prob_map) == len(eager.word_lang_prob_map)
    mismatched = [w for w, row in eager.word_lang_prob_map.items() if lazy.word_lang_prob_map[w] != row]
    assert mismatched == []
    assert "qqqq-not-an-ngram" not in lazy.word_lang_prob_map


def test_detection_gives_the_same_probabilities_with_either_table():
    texts = ["De regering heeft gisteren besloten de belasting op brandstof te verlagen.",
             "The government decided yesterday to lower the tax on fuel.",
             "Le gouvernement a décidé hier de baisser la taxe sur le carburant.",
             "Die Regierung hat gestern beschlossen, die Steuer auf Kraftstoff zu senken."]
    eager, lazy = _factories()
    for factory in (eager, lazy):
        factory.set_seed(0)
    for text in texts:
        found = []
        for factory in (eager, lazy):
            detector = factory.create()
            detector.append(text)
            found.append([(x.lang, x.prob) for x in detector.get_probabilities()])
        assert found[0] == found[1]
