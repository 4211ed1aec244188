"""Toolbar icons read on dark and light palettes: the SVGs' ink (#444444) is redrawn in
the palette's text colour, at start and whenever the palette changes."""

from __future__ import annotations

from gui_helpers import shot
from PySide6.QtGui import QColor, QIcon, QPalette

LIGHT_INK, DARK_INK = QColor(20, 20, 20), QColor(235, 235, 235)


def palette(window: QColor, text: QColor) -> QPalette:
    p = QPalette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Button, QPalette.ColorRole.Base):
        p.setColor(role, window)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText, QPalette.ColorRole.Text):
        p.setColor(role, text)
    return p


def ink(action, mode=QIcon.Mode.Normal) -> set[tuple[int, int, int]]:
    """The colours of the icon's solid pixels (anti-aliased edges left out)."""
    image = action.icon().pixmap(24, 24, mode).toImage()
    found = set()
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            if c.alpha() == 255:
                found.add((c.red(), c.green(), c.blue()))
    return found


def test_toolbar_icons_take_the_palettes_text_colour(window):
    a = window.acts
    icons = [a.new, a.open_corpus, a.open_model, a.save, a.train, a.pause, a.stop, a.generate]
    assert all(not act.icon().isNull() for act in icons)
    window.setPalette(palette(QColor(37, 37, 38), DARK_INK))
    for act in icons:
        assert ink(act) == {DARK_INK.getRgb()[:3]}, act.text()
        # Disabled: faded towards the dark background, not Qt's greying (which stays bright).
        (dim,) = ink(act, QIcon.Mode.Disabled)
        assert 37 < dim[0] < 235 and abs(dim[0] - 37) < abs(dim[0] - 235), act.text()
    assert not a.pause.isEnabled() and not a.stop.isEnabled()
    shot(a.toolbar, "11-toolbar-dark")
    window.setPalette(palette(QColor(246, 246, 246), LIGHT_INK))
    for act in icons:
        assert ink(act) == {LIGHT_INK.getRgb()[:3]}, act.text()
    shot(a.toolbar, "11-toolbar-light")
