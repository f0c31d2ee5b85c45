"""Everyday reading comforts: themes, layout, fonts, right-to-left text, snapshots of each view."""

import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from bilingual_reader.ui.main_window import MainWindow

ARABIC = ("قال الرئيس إن المحادثات كانت مفيدة للغاية وإن الطرفين اتفقا على مواصلة الحوار.\n\n"
          "وأضاف أن الحكومة ستعلن عن خطة جديدة لدعم الاقتصاد خلال الأسابيع المقبلة.\n")
ENGLISH = ("The president said the talks had been very useful and that both sides agreed to continue.\n\n"
           "He added that the government would announce a new plan to support the economy in the coming weeks.\n")


def open_texts(open_window, folder, left_name, left_text, right_name, right_text):
    """Write two texts to files and open them in a window."""
    left, right = folder / left_name, folder / right_name
    left.write_text(left_text, encoding="utf-8")
    right.write_text(right_text, encoding="utf-8")
    return open_window(left, right)


def test_dark_theme_darkens_the_text_area_and_is_remembered(seed_window, preferences):
    seed_window.theme_actions["dark"].trigger()
    base = QApplication.instance().palette().color(QPalette.Base)
    assert base.lightness() < 60
    assert preferences.theme() == "dark"
    seed_window.theme_actions["light"].trigger()
    assert QApplication.instance().palette().color(QPalette.Base).lightness() > 200


def test_panes_can_stand_one_above_the_other(seed_window, preferences):
    seed_window.stack_action.trigger()
    left, right = seed_window.panes["left"], seed_window.panes["right"]
    assert seed_window.splitter.orientation() == Qt.Vertical
    assert right.geometry().top() > left.geometry().top()
    assert preferences.stacked()
    seed_window.stack_action.trigger()
    assert seed_window.splitter.orientation() == Qt.Horizontal


def test_right_to_left_language_is_laid_out_right_to_left(open_window, tmp_path):
    window = open_texts(open_window, tmp_path, "news.ar.txt", ARABIC, "news.en.txt", ENGLISH)
    assert window.pair.left_language.code == "ar"
    pane = window.panes["left"]
    assert pane.view.layoutDirection() == Qt.RightToLeft
    assert pane.view.document().defaultTextOption().textDirection() == Qt.RightToLeft
    assert window.panes["right"].view.layoutDirection() == Qt.LeftToRight


def test_font_family_preference_is_used_by_the_panes(preferences, qtbot):
    preferences.set_font_family("DejaVu Serif")
    window = MainWindow(preferences)
    qtbot.addWidget(window)
    assert "DejaVu Serif" in window.panes["left"].view.document().defaultFont().families()


def test_snapshot_of_each_view_and_theme_differs(tmp_path, dutch_seed, english_seed):
    outputs = {}
    for view, theme in (("reading", "light"), ("learner", "light"), ("reading", "dark")):
        out = tmp_path / f"{view}-{theme}.png"
        result = subprocess.run([sys.executable, "-m", "bilingual_reader", "snapshot", str(dutch_seed),
                                 str(english_seed), "-o", str(out), "--size", "800x500", "--view", view,
                                 "--theme", theme], capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        outputs[(view, theme)] = out.read_bytes()
    assert len(set(outputs.values())) == 3


CHINESE = ("俄罗斯总统普京和美国总统拜登进行了两个多小时的视频通话，讨论乌克兰局势。华盛顿担心莫斯科正在计划入侵。\n\n"
           "克里姆林宫否认了这一说法，并表示这只是一次训练任务。乌克兰总统表示军队足以击退入侵。\n")


def test_chinese_pane_asks_for_cjk_fonts_and_splits_sentences(open_window, tmp_path):
    window = open_texts(open_window, tmp_path, "zh.txt", CHINESE, "en.txt", ENGLISH)
    assert window.pair.left_language.code == "zh-cn"
    pane = window.panes["left"]
    assert "Noto Sans CJK SC" in pane.view.document().defaultFont().families()
    assert len(pane.document.sentences_of(0)) == 2
    assert len(pane.document.sentences_of(1)) == 2


MARKDOWN_NL = ("# De storm\n\nDe storm bereikte dinsdagnacht de kust.\n\n> \"Zoiets hebben we nooit gezien,\" zei de burgemeester.\n\n"
               "- Scholen gesloten\n- Treinen stilgelegd\n\nHet herstel duurt **twee weken**.\n")
MARKDOWN_EN = ("# The Storm\n\nThe storm reached the coast on Tuesday night.\n\n> \"We have never seen anything like it,\" said the mayor.\n\n"
               "- Schools closed\n- Trains stopped\n\nRepairs will take **two weeks**.\n")


def test_markdown_quote_is_indented_and_list_range_holds_its_items(open_window, tmp_path):
    window = open_texts(open_window, tmp_path, "storm.nl.md", MARKDOWN_NL, "storm.en.md", MARKDOWN_EN)
    pane = window.panes["left"]
    doc = pane.view.document()
    quote_start, _ = pane._ranges[2]
    assert doc.findBlock(quote_start).blockFormat().leftMargin() > 0
    list_start, list_end = pane._ranges[3]
    text = doc.toRawText()[list_start:list_end]
    assert text.startswith("Scholen gesloten") and "Treinen stilgelegd" in text
    assert [(l.left, l.right) for l in window.pair.alignment] == [((k,), (k,)) for k in range(5)]
