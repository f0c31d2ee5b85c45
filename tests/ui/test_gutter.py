"""The gutter between the panes as a person sees it: a band per visible link, wedges, clicks, colours."""

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QWidget

from bilingual_reader.core.alignment import Alignment, Link, check_monotone
from bilingual_reader.core.loading import document_from_text
from bilingual_reader.ui.gutter import Gutter
from bilingual_reader.ui.reading_pane import ReadingPane

TOLERANCE = 1.0   # pixels: block geometry is fractional, widget positions are whole

# The links the test window shows: each interesting kind near the top, then a long tail of 1-1.
HEAD = [
    Link((0,), (0,), 0.99),                 # 0: title
    Link((1,), (1,), 0.95),                 # 1: 1-1, confident
    Link((2, 3), (2,), 0.90),               # 2: 2-1
    Link((4,), (), 0.60),                   # 3: left paragraph with no counterpart
    Link((5,), (3,), 0.30),                 # 4: doubtful
    Link((6,), (4,), 0.97, confirmed=True),  # 5: confirmed by the user
    Link((), (5,), 0.60),                   # 6: right paragraph with no counterpart
]
TAIL = 30
NULL_LEFT, DOUBTFUL, CONFIRMED, NULL_RIGHT = 3, 4, 5, 6


def paragraphs(side: str, count: int) -> str:
    """Paragraphs of differing lengths, so that bands slope."""
    words = "lorem ipsum dolor sit amet consectetur adipiscing elit".split()
    out = [f"{side.title()} title"]
    for i in range(1, count):
        n = 3 + (i * 7 if side == "left" else i * 11) % 24
        out.append(f"{side} {i}: " + " ".join(words[j % len(words)] for j in range(n)) + ".")
    return "\n\n".join(out)


def make_alignment() -> Alignment:
    links = list(HEAD)
    for i in range(TAIL):
        links.append(Link((7 + i,), (6 + i,), 0.97))
    check_monotone(links, 7 + TAIL, 6 + TAIL)
    return Alignment(tuple(links), 7 + TAIL, 6 + TAIL)


class Reader(QWidget):
    """Two panes with a gutter between them, the way the window lays them out."""

    def __init__(self, alignment: Alignment, order=("left", "gutter", "right")) -> None:
        super().__init__()
        self.alignment = alignment
        self.left, self.right = ReadingPane("left"), ReadingPane("right")
        self.gutter = Gutter(self.left, self.right)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        parts = {"left": self.left, "gutter": self.gutter, "right": self.right}
        for name in order:
            box.addWidget(parts[name], 0 if name == "gutter" else 1)

    def show_texts(self) -> None:
        """Fill the shown panes and link them, in the order the window does."""
        self.left.set_document(document_from_text(paragraphs("left", self.alignment.left_count)))
        self.right.set_document(document_from_text(paragraphs("right", self.alignment.right_count)))
        self.gutter.set_alignment(self.alignment)


@pytest.fixture
def make_reader(qtbot):
    def make(alignment=None, order=("left", "gutter", "right"), size=(900, 700)):
        reader = Reader(alignment or make_alignment(), order)
        qtbot.addWidget(reader)
        reader.resize(*size)
        reader.show()
        qtbot.waitExposed(reader)
        reader.show_texts()
        # A long text is filled a step per turn of the event loop and shown once complete.
        qtbot.waitUntil(lambda: not reader.left.is_filling() and not reader.right.is_filling())
        assert reader.left.scroll_value() == reader.right.scroll_value() == 0
        assert reader.left.block_count() == reader.gutter.alignment.left_count
        assert reader.right.block_count() == reader.gutter.alignment.right_count
        return reader
    return make


@pytest.fixture
def reader(make_reader):
    return make_reader()


def screen_span(reader, side, ids):
    """Where blocks are on screen, in the gutter's y, worked out through the shared parent."""
    pane = getattr(reader, side)
    viewport_top = pane.view.viewport().mapTo(reader, QPoint(0, 0)).y()
    gutter_top = reader.gutter.mapTo(reader, QPoint(0, 0)).y()
    offset = viewport_top - gutter_top - pane.scroll_value()
    return offset + pane.block_top(ids[0]), offset + pane.block_bottom(ids[-1])


def ys_at(polygon, x):
    """The y of the polygon's corners on a vertical line."""
    return sorted({round(p.y(), 3) for p in polygon if abs(p.x() - x) < 1e-6})


def on_screen(reader, side, ids):
    if not ids:
        return False
    top, bottom = screen_span(reader, side, ids)
    pane = getattr(reader, side)
    view_top = pane.view.viewport().mapTo(reader, QPoint(0, 0)).y() - reader.gutter.mapTo(reader, QPoint(0, 0)).y()
    return bottom > view_top and top < view_top + pane.viewport_height()


def middle_of_band(reader, k):
    """A point halfway across a 1-1 band, halfway between its edges."""
    link = reader.gutter.alignment[k]
    a0, a1 = screen_span(reader, "left", link.left)
    b0, b1 = screen_span(reader, "right", link.right)
    return QPointF(reader.gutter.width() / 2, (a0 + a1 + b0 + b1) / 4)


def test_gutter_is_narrow_and_between_the_panes(reader):
    assert 36 <= reader.gutter.sizeHint().width() <= 60
    assert reader.left.geometry().right() < reader.gutter.geometry().left()
    assert reader.gutter.geometry().right() < reader.right.geometry().left()


def test_a_band_for_each_visible_link_and_none_for_links_off_screen(reader):
    gutter = reader.gutter
    shown, hidden = [], []
    for k, link in enumerate(gutter.alignment):
        visible = on_screen(reader, "left", link.left) or on_screen(reader, "right", link.right)
        (shown if visible else hidden).append(k)
        assert (gutter.band_polygon(k) is not None) == visible, k
    assert len(shown) >= 6 and len(hidden) >= 10, "the text should run well past the screen"
    assert gutter.visible_links() == shown


def fully_on_screen(reader, k):
    link = reader.gutter.alignment[k]
    for side, ids in (("left", link.left), ("right", link.right)):
        if ids:
            top, bottom = screen_span(reader, side, ids)
            pane = getattr(reader, side)
            view_top = pane.view.viewport().mapTo(reader, QPoint(0, 0)).y() - reader.gutter.mapTo(reader, QPoint(0, 0)).y()
            if top < view_top or bottom > view_top + pane.viewport_height():
                return False
    return True


def test_band_ends_match_the_blocks_on_screen(reader):
    gutter = reader.gutter
    for k in (1, 2, DOUBTFUL):   # 1-1, and 2-1 whose left end spans both blocks
        assert fully_on_screen(reader, k)
        link = gutter.alignment[k]
        polygon = gutter.band_polygon(k)
        left = ys_at(polygon, 0)
        right = ys_at(polygon, gutter.width())
        assert (left[0], left[-1]) == pytest.approx(screen_span(reader, "left", link.left), abs=TOLERANCE), k
        assert (right[0], right[-1]) == pytest.approx(screen_span(reader, "right", link.right), abs=TOLERANCE), k


def test_band_follows_a_scrolled_pane(qtbot, reader):
    gutter = reader.gutter
    k = 8
    assert fully_on_screen(reader, k)
    before = gutter.band_polygon(k)
    left_before, right_before = ys_at(before, 0), ys_at(before, gutter.width())
    reader.right.set_scroll_value(60)
    assert reader.right.scroll_value() == 60 and fully_on_screen(reader, k)
    after = gutter.band_polygon(k)
    assert ys_at(after, 0) == pytest.approx(left_before)   # the left pane did not move
    assert ys_at(after, gutter.width()) == pytest.approx([y - 60 for y in right_before], abs=TOLERANCE)


def screen_column(qtbot, reader):
    """The gutter's middle column as it is on screen (the window's backing store, not a fresh rendering)."""
    qtbot.wait(30)
    image = reader.screen().grabWindow(reader.winId()).toImage()
    column = reader.gutter.geometry().center().x()
    return [image.pixelColor(column, y).rgba() for y in range(0, reader.gutter.height(), 2)]


def test_gutter_redraws_on_screen_when_a_pane_scrolls(qtbot, reader):
    before = screen_column(qtbot, reader)
    assert len(set(before)) > 3, "the bands should be on screen"
    reader.left.set_scroll_value(90)
    assert screen_column(qtbot, reader) != before


def test_bands_follow_a_relaid_pane_on_screen(qtbot, reader):
    gutter = reader.gutter
    before = screen_column(qtbot, reader)
    reader.left.set_zoom(3)   # bigger text: every left block moves down
    qtbot.waitUntil(lambda: screen_column(qtbot, reader) != before, timeout=2000)
    link = gutter.alignment[2]
    ends = ys_at(gutter.band_polygon(2), 0)
    assert (ends[0], ends[-1]) == pytest.approx(screen_span(reader, "left", link.left), abs=TOLERANCE)


def test_bands_follow_a_pane_whose_header_grows(qtbot, reader):
    """A taller header moves the text down: the bands on screen move with it (no event filter needed)."""
    gutter = reader.gutter
    before = screen_column(qtbot, reader)
    top_before = screen_span(reader, "left", gutter.alignment[1].left)[0]
    reader.left.header.setText("<b>Two</b><br>lines<br>now")
    qtbot.waitUntil(lambda: screen_span(reader, "left", gutter.alignment[1].left)[0] > top_before + 10, timeout=2000)
    qtbot.waitUntil(lambda: screen_column(qtbot, reader) != before, timeout=2000)
    link = gutter.alignment[1]
    ends = ys_at(gutter.band_polygon(1), 0)
    assert (ends[0], ends[-1]) == pytest.approx(screen_span(reader, "left", link.left), abs=TOLERANCE)


def test_scrolling_after_the_gutter_is_gone_is_harmless(qtbot, reader):
    reader.gutter.setParent(None)
    reader.gutter.deleteLater()
    qtbot.wait(10)
    reader.left.set_scroll_value(80)   # a dangling connection would raise here
    assert reader.left.scroll_value() == 80


def test_clicking_inside_a_band_selects_its_link(qtbot, reader):
    gutter = reader.gutter
    for k in (1, DOUBTFUL):
        point = middle_of_band(reader, k)
        assert gutter.band_polygon(k).containsPoint(point, Qt.OddEvenFill)
        assert gutter.link_at(point) == k
        with qtbot.waitSignal(gutter.link_clicked, timeout=1000) as blocker:
            qtbot.mouseClick(gutter, Qt.LeftButton, pos=point.toPoint())
        assert blocker.args == [k]


def test_clicking_between_bands_selects_nothing(qtbot, reader):
    gutter = reader.gutter
    link, after = gutter.alignment[8], gutter.alignment[9]
    gap_y = (screen_span(reader, "left", link.left)[1] + screen_span(reader, "left", after.left)[0]) / 2
    point = QPoint(1, round(gap_y))
    assert gutter.link_at(QPointF(point)) is None
    with qtbot.assertNotEmitted(gutter.link_clicked):
        qtbot.mouseClick(gutter, Qt.LeftButton, pos=point)


def test_link_without_counterpart_is_a_wedge_on_its_own_side(reader):
    gutter = reader.gutter
    width = gutter.width()
    for k, side, edge in ((NULL_LEFT, "left", 0), (NULL_RIGHT, "right", width)):
        polygon = gutter.band_polygon(k)
        assert polygon is not None, k
        xs = [p.x() for p in polygon]
        ids = getattr(gutter.alignment[k], side)
        ends = ys_at(polygon, edge)
        assert (ends[0], ends[-1]) == pytest.approx(screen_span(reader, side, ids), abs=TOLERANCE)
        far_edge = width - edge
        assert min(abs(x - far_edge) for x in xs) > width * 0.3, f"link {k} reaches the other pane"


def test_bands_follow_the_panes_when_they_are_swapped(make_reader):
    reader = make_reader(order=("right", "gutter", "left"))
    gutter = reader.gutter
    link = gutter.alignment[1]
    polygon = gutter.band_polygon(1)
    left_end = ys_at(polygon, gutter.width())   # the left document is now on the right
    assert (left_end[0], left_end[-1]) == pytest.approx(screen_span(reader, "left", link.left), abs=TOLERANCE)


def pixel(widget, point):
    return widget.grab().toImage().pixelColor(point.toPoint())


def distance(a: QColor, b: QColor) -> int:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())


def test_gutter_is_drawn_and_not_blank(reader):
    image = reader.grab().toImage()
    area = reader.gutter.geometry()
    colours = {image.pixelColor(x, y).rgb() for x in range(area.left(), area.right(), 3)
               for y in range(area.top(), area.bottom(), 3)}
    assert len(colours) > 10


def test_doubtful_links_stand_out_from_confident_ones(reader):
    gutter = reader.gutter
    confident = pixel(gutter, middle_of_band(reader, 1))
    doubtful = pixel(gutter, middle_of_band(reader, DOUBTFUL))
    assert doubtful.red() > doubtful.green() + 30, doubtful.name()
    assert confident.green() >= confident.red(), confident.name()


def test_many_to_one_links_are_blue(reader):
    gutter = reader.gutter
    link = gutter.alignment[2]
    a0, a1 = screen_span(reader, "left", link.left)
    b0, b1 = screen_span(reader, "right", link.right)
    colour = pixel(gutter, QPointF(gutter.width() / 2, (a0 + a1 + b0 + b1) / 4))
    assert colour.blue() > colour.red() + 20, colour.name()


def test_confirmed_link_has_a_distinct_outline(reader):
    gutter = reader.gutter
    link = gutter.alignment[CONFIRMED]
    plain = gutter.alignment[1]
    x = gutter.width() // 2

    def darkest_edge(link):
        a0 = screen_span(reader, "left", link.left)[0]
        b0 = screen_span(reader, "right", link.right)[0]
        top = (a0 + b0) / 2
        image = gutter.grab().toImage()
        return min(image.pixelColor(x, round(top) + dy).lightness() for dy in range(-2, 3))

    assert darkest_edge(link) < darkest_edge(plain) - 40


def test_current_and_hovered_links_are_drawn_more_strongly(reader):
    gutter = reader.gutter
    point = middle_of_band(reader, 1)
    background = pixel(gutter, QPointF(1, 2))
    plain = distance(pixel(gutter, point), background)
    gutter.set_hover(1)
    hovered = distance(pixel(gutter, point), background)
    gutter.set_hover(None)
    gutter.set_current(1)
    current = distance(pixel(gutter, point), background)
    assert plain < hovered < current
    assert gutter.current() == 1


def test_hovering_a_band_raises_it_and_says_which_link(qtbot, reader):
    gutter = reader.gutter
    point = middle_of_band(reader, 2).toPoint()
    with qtbot.waitSignal(gutter.link_hovered, timeout=1000) as blocker:
        qtbot.mouseMove(gutter, point)
    assert blocker.args == [2] and gutter.hovered() == 2
    assert gutter.cursor().shape() == Qt.PointingHandCursor


def test_dark_palette_is_followed(reader):
    from PySide6.QtGui import QPalette

    gutter = reader.gutter
    palette = QPalette(gutter.palette())
    palette.setColor(QPalette.Window, QColor(35, 35, 38))
    gutter.setPalette(palette)
    assert gutter.is_dark()
    assert pixel(gutter, QPointF(1, 2)).lightness() < 60
    gutter.set_dark(False)   # the user's choice wins over the palette
    assert not gutter.is_dark() and pixel(gutter, QPointF(1, 2)).lightness() > 180


def test_dark_colours_on_request(reader):
    gutter = reader.gutter
    gutter.set_dark(False)
    light = pixel(gutter, QPointF(1, 2))
    gutter.set_dark(True)
    dark = pixel(gutter, QPointF(1, 2))
    assert light.lightness() > 180 and dark.lightness() < 80
    assert pixel(gutter, middle_of_band(reader, DOUBTFUL)).red() > 100   # bands still show


def test_alignment_for_other_documents_draws_nothing(make_reader):
    reader = make_reader()
    other = Alignment((Link((0,), (0,)),), 1, 1)
    reader.gutter.set_alignment(other)
    assert reader.gutter.band_polygon(0) is None
    assert reader.gutter.visible_links() == []
    reader.gutter.set_alignment(None)
    assert reader.gutter.link_at(QPointF(20, 20)) is None
    reader.gutter.grab()   # paints without an alignment


def test_a_side_with_no_text_at_all_gives_wedges(qtbot):
    left, right = ReadingPane("left"), ReadingPane("right")
    host = QWidget()
    box = QHBoxLayout(host)
    gutter = Gutter(left, right)
    for widget in (left, gutter, right):
        box.addWidget(widget)
    qtbot.addWidget(host)
    host.resize(700, 400)
    host.show()
    qtbot.waitExposed(host)
    left.set_document(document_from_text(paragraphs("left", 3)))
    right.set_document(document_from_text(""))
    assert right.block_count() == 0
    gutter.set_alignment(Alignment(tuple(Link((i,), ()) for i in range(left.block_count())), left.block_count(), 0))
    polygon = gutter.band_polygon(0)
    assert polygon is not None and max(p.x() for p in polygon) < gutter.width() * 0.75


def test_only_visible_links_are_looked_at_in_a_long_book(qtbot, make_reader):
    count = 1200
    links = tuple(Link((i,), (i,), 0.9) for i in range(count))
    reader = make_reader(Alignment(links, count, count))
    gutter = reader.gutter
    for pane in reader.left, reader.right:
        # A long document is laid out in steps; wait until the place we go to exists.
        qtbot.waitUntil(lambda: pane.document_height() > pane.block_top(900) + 1000, timeout=10000)
        pane.set_scroll_value(pane.block_top(900))
    visible = gutter.visible_links()
    assert 900 in visible and len(visible) < 40
    looked_at = []
    original = reader.left.block_bottom

    def counting(i):
        looked_at.append(i)
        return original(i)

    reader.left.block_bottom = counting
    gutter.grab()
    assert looked_at and all(850 < i < 960 for i in looked_at)


def test_wheel_over_the_gutter_scrolls_the_text(qtbot, reader):
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    centre = QPointF(reader.gutter.width() / 2, 100)
    event = QWheelEvent(centre, reader.gutter.mapToGlobal(centre), QPoint(0, 0), QPoint(0, -240),
                        Qt.NoButton, Qt.NoModifier, Qt.NoScrollPhase, False)
    QApplication.sendEvent(reader.gutter, event)
    assert reader.left.scroll_value() > 0


def test_a_stray_dash_alone_is_drawn_grey_not_as_missing_text(seed_window):
    """The English seed's closing dash line has no counterpart, and nothing is missing there."""
    from bilingual_reader.ui.gutter import link_category

    gutter = seed_window.gutter
    alignment = seed_window.pair.alignment
    dash = alignment[alignment.link_of("right", 10)]
    assert dash.is_null and gutter._separators_only(dash)
    assert link_category(dash, gutter._separators_only(dash)) == "separator"
    paragraph_alone = Link((), (0,))
    assert not gutter._separators_only(paragraph_alone)
    assert link_category(paragraph_alone, gutter._separators_only(paragraph_alone)) == "unmatched"
