"""The countdown ring as the user sees it: where it is filled, its colours, its text, its size."""

from __future__ import annotations

import math

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from pytestqt.qtbot import QtBot

from app.ui.theme import dark_palette, light_palette
from app.ui.widgets.progress_ring import ProgressRing

SIDE = 240


def make_ring(qtbot: QtBot, palette: QPalette | None = None, side: int = SIDE) -> ProgressRing:
    ring = ProgressRing()
    qtbot.addWidget(ring)
    ring.setPalette(palette or light_palette())
    ring.resize(side, side)
    return ring


def picture(ring: ProgressRing) -> QImage:
    return ring.grab().toImage()


def background(image: QImage) -> QColor:
    return image.pixelColor(0, 0)


def same(a: QColor, b: QColor, tolerance: int = 10) -> bool:
    channels = ((a.red(), b.red()), (a.green(), b.green()), (a.blue(), b.blue()))
    return all(abs(x - y) <= tolerance for x, y in channels)


def ring_radius(image: QImage) -> float:
    """The radius of the middle of the ring's stroke, found by scanning down from 12 o'clock."""
    centre_x = image.width() // 2
    paper = background(image)
    inked = [
        y for y in range(image.height() // 2) if not same(image.pixelColor(centre_x, y), paper)
    ]
    assert inked, "no ring at 12 o'clock"
    first = inked[0]
    last = first
    while last + 1 in inked:
        last += 1
    return image.height() / 2 - (first + last) / 2


def at_hour(image: QImage, hour: float) -> QColor:
    """The colour in the middle of the stroke at a position on a clock face."""
    radius = ring_radius(image)
    angle = hour / 12 * 2 * math.pi
    x = image.width() / 2 + radius * math.sin(angle)
    y = image.height() / 2 - radius * math.cos(angle)
    return image.pixelColor(round(x), round(y))


def ink_box(image: QImage, width: float) -> tuple[int, int]:
    """Width and height of what is drawn in the centre square (the text inside the ring)."""
    paper = background(image)
    half = int(width / 2)
    cx, cy = image.width() // 2, image.height() // 2
    xs, ys = [], []
    for x in range(cx - half, cx + half):
        for y in range(cy - half, cy + half):
            if not same(image.pixelColor(x, y), paper, tolerance=30):
                xs.append(x)
                ys.append(y)
    if not xs:
        return 0, 0
    return max(xs) - min(xs) + 1, max(ys) - min(ys) + 1


@pytest.mark.gui
def test_half_way_fills_the_right_half_clockwise_from_twelve(qtbot: QtBot) -> None:
    ring = make_ring(qtbot)
    ring.set_progress(0.5)
    image = picture(ring)
    for hour in (1, 3, 5):
        assert same(at_hour(image, hour), ring.arc_color()), hour
    for hour in (7, 9, 11):
        assert same(at_hour(image, hour), ring.track_color()), hour


@pytest.mark.gui
def test_a_fifth_of_the_way_has_not_reached_three_o_clock(qtbot: QtBot) -> None:
    ring = make_ring(qtbot)
    ring.set_progress(0.2)
    image = picture(ring)
    assert same(at_hour(image, 1), ring.arc_color())
    assert same(at_hour(image, 3), ring.track_color())


@pytest.mark.gui
def test_a_quarter_fills_twelve_to_three(qtbot: QtBot) -> None:
    ring = make_ring(qtbot)
    ring.set_progress(0.25)
    image = picture(ring)
    assert same(at_hour(image, 1.5), ring.arc_color())
    for hour in (4.5, 6, 9):
        assert same(at_hour(image, hour), ring.track_color()), hour


@pytest.mark.gui
def test_at_the_start_only_the_track_shows(qtbot: QtBot) -> None:
    ring = make_ring(qtbot)
    image = picture(ring)
    for hour in (0, 3, 6, 9):
        assert same(at_hour(image, hour), ring.track_color()), hour
    assert not same(ring.track_color(), ring.arc_color(), tolerance=40)


@pytest.mark.gui
def test_all_the_way_fills_the_whole_ring(qtbot: QtBot) -> None:
    ring = make_ring(qtbot)
    ring.set_progress(1.0)
    image = picture(ring)
    for hour in range(12):
        assert same(at_hour(image, hour), ring.arc_color()), hour


@pytest.mark.gui
def test_reaching_the_target_turns_the_whole_ring_warm(qtbot: QtBot) -> None:
    ring = make_ring(qtbot)
    ring.set_progress(1.0)
    ring.set_reached(True)
    image = picture(ring)
    for hour in range(12):
        assert same(at_hour(image, hour), ring.reached_color()), hour
    warm = ring.reached_color()
    assert warm.red() > warm.blue()
    assert not same(warm, ring.arc_color(), tolerance=40)


@pytest.mark.gui
def test_the_arc_uses_the_palette_so_a_theme_change_recolours_it(qtbot: QtBot) -> None:
    ring = make_ring(qtbot)
    ring.set_progress(0.5)
    light = picture(ring)
    ring.setPalette(dark_palette())
    dark = picture(ring)
    assert same(at_hour(light, 3), light_palette().color(QPalette.ColorRole.Highlight))
    assert same(at_hour(dark, 3), dark_palette().color(QPalette.ColorRole.Highlight))
    assert not same(at_hour(light, 9), at_hour(dark, 9), tolerance=40)


@pytest.mark.gui
def test_the_day_and_caption_are_drawn_in_the_centre(qtbot: QtBot) -> None:
    ring = make_ring(qtbot)
    assert ink_box(picture(ring), SIDE * 0.5) == (0, 0)
    ring.set_day_text("Day 12")
    day_only = ink_box(picture(ring), SIDE * 0.5)
    assert day_only[0] > SIDE * 0.2
    ring.set_caption("of 30")
    with_caption = ink_box(picture(ring), SIDE * 0.5)
    assert with_caption[1] > day_only[1]


@pytest.mark.gui
def test_the_text_grows_with_the_ring(qtbot: QtBot) -> None:
    small = make_ring(qtbot, side=160)
    large = make_ring(qtbot, side=400)
    for ring in (small, large):
        ring.set_day_text("Day 12")
    small_width, _ = ink_box(picture(small), 160 * 0.6)
    large_width, _ = ink_box(picture(large), 400 * 0.6)
    assert large_width > small_width * 2


@pytest.mark.gui
def test_a_long_text_stays_inside_the_ring(qtbot: QtBot) -> None:
    ring = make_ring(qtbot)
    ring.set_day_text("Tag 12 von 30 Tagen ohne Kontakt")
    image = picture(ring)
    for hour in (3, 9):
        assert same(at_hour(image, hour), ring.track_color()), hour


@pytest.mark.gui
def test_screen_readers_hear_the_day_and_how_far_along_it_is(qtbot: QtBot) -> None:
    ring = make_ring(qtbot)
    assert ring.accessibleName() == "Progress toward your target"
    ring.set_day_text("Day 12")
    ring.set_caption("of 30")
    ring.set_progress(0.4)
    assert ring.accessibleDescription() == "Day 12 of 30, 40 percent of the way"
    ring.set_progress(0.999)
    assert ring.accessibleDescription() == "Day 12 of 30, 99 percent of the way"
    ring.set_reached(True)
    assert ring.accessibleDescription() == "Day 12 of 30, target reached"
    ring.set_accessible_summary("Day 30 of 30: you made it")
    assert ring.accessibleDescription() == "Day 30 of 30: you made it"
    ring.set_accessible_summary("")
    assert ring.accessibleDescription() == "Day 12 of 30, target reached"


@pytest.mark.gui
def test_progress_is_kept_between_none_and_all(qtbot: QtBot) -> None:
    ring = make_ring(qtbot)
    ring.set_progress(1.7)
    assert ring.progress() == 1.0
    ring.set_progress(-0.3)
    assert ring.progress() == 0.0
    ring.set_progress(math.nan)
    assert ring.progress() == 0.0


@pytest.mark.gui
def test_setting_the_same_values_again_does_not_repaint(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    ring = make_ring(qtbot)
    ring.set_progress(0.4)
    ring.set_day_text("Day 12")
    ring.set_caption("of 30")
    ring.set_reached(False)
    repaints: list[None] = []
    monkeypatch.setattr(ring, "update", lambda: repaints.append(None))
    ring.set_progress(0.4)
    ring.set_day_text("Day 12")
    ring.set_caption("of 30")
    ring.set_reached(False)
    assert repaints == []
    ring.set_progress(0.5)
    assert len(repaints) == 1


@pytest.mark.gui
def test_the_ring_stays_square_and_asks_for_a_sensible_size(qtbot: QtBot) -> None:
    ring = make_ring(qtbot)
    assert ring.hasHeightForWidth()
    assert ring.sizePolicy().hasHeightForWidth()
    assert ring.heightForWidth(300) == 300
    assert ring.sizeHint().width() == ring.sizeHint().height() == 240
    assert ring.minimumSizeHint().width() == ring.minimumSizeHint().height() == 140


@pytest.mark.gui
def test_a_wide_widget_draws_a_centred_circle(qtbot: QtBot) -> None:
    ring = make_ring(qtbot)
    ring.resize(400, 200)
    ring.set_progress(0.5)
    image = picture(ring)
    paper = background(image)
    assert same(image.pixelColor(40, 100), paper)  # left of the circle: nothing drawn
    assert not same(image.pixelColor(200, 6), paper)  # top of the circle, in the middle
