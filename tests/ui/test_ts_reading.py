"""Reading Qt .ts translation files without ElementTree (see i18n._TsReader)."""

from bilingual_reader.ui.i18n import TRANSLATIONS, TsTranslator, _TsReader

TS = """<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="main_window.py" line="3"/>
      <source>Bilingual Reader</source>
      <translation>Tweetalige lezer &amp; meer</translation>
    </message>
    <message>
      <source>Not yet</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <source>Gone</source>
      <translation type="vanished">Weg</translation>
    </message>
    <message numerus="yes">
      <source>%n match(es)</source>
      <translation>
        <numerusform>%n treffer</numerusform>
        <numerusform>%n treffers</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>FindBar</name>
    <message>
      <source>Bilingual Reader</source>
      <translation>Zoekbalk</translation>
    </message>
  </context>
</TS>
"""


def test_finished_translations_are_read_per_context_with_plural_forms(tmp_path):
    path = tmp_path / "x.ts"
    path.write_text(TS, encoding="utf-8")
    assert _TsReader().read(path) == {
        ("MainWindow", "Bilingual Reader"): ["Tweetalige lezer & meer"],
        ("MainWindow", "%n match(es)"): ["%n treffer", "%n treffers"],
        ("FindBar", "Bilingual Reader"): ["Zoekbalk"],
    }


def test_the_shipped_files_translate():
    dutch = TsTranslator(TRANSLATIONS / "bilingual_reader_nl.ts")
    english = TsTranslator(TRANSLATIONS / "bilingual_reader_en.ts")
    assert len(dutch.table) > 100 and not dutch.isEmpty()
    assert english.translate("FindBar", "%n match(es)", None, 2) == "%n matches"
    assert english.translate("FindBar", "%n match(es)", None, 1) == "%n match"
