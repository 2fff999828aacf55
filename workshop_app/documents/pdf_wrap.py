"""Line-breaking details the PDFs need beyond reportlab's defaults.

reportlab's CJK wrapping keeps Japanese closing punctuation (、。」) off the start of a line, but
not the full-width comma, colon, semicolon, question and exclamation marks Chinese text uses all
the time, so a Chinese cell could start a line with "，". Adding them to the list the wrapper
reads makes it hang them at the end of the previous line instead, as Chinese typesetting does. (It
hangs one such character, not two: "），" at a line end can still put the comma first.)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from reportlab.lib import textsplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Table, paragraph

# A run of characters a line may not break inside: anything but white space and CJK.
_WORD = re.compile(r"[^\s\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]+")
# Full-width punctuation that never starts a line in Chinese (besides reportlab's own list).
CHINESE_CANNOT_START = "，：；！？％》〉』】〗・…—"


def keep_chinese_punctuation_off_line_starts() -> None:
    # A one-run paragraph wraps in textsplit, a mixed-font one in paragraph: each has its copy.
    for module in (textsplit, paragraph):
        missing = "".join(c for c in CHINESE_CANNOT_START if c not in module.ALL_CANNOT_START)
        if missing:
            module.ALL_CANNOT_START += missing


# Each character's width in one font and size, measured once per process (see below).
_WIDTHS: dict[tuple[str, float], dict[str, float]] = {}


def character_widths(word: str, font: str, size: float) -> list[float]:
    """reportlab's ``textsplit.getCharWidths`` (the width of each character of ``word``), from a
    table kept per font and size instead of a font lookup per character."""
    known = _WIDTHS.setdefault((font, size), {})
    try:
        return [known[c] for c in word]
    except KeyError:
        for char in set(word).difference(known):
            known[char] = stringWidth(char, font, size)
        return [known[c] for c in word]


def measure_characters_once() -> None:
    """Chinese wrapping (wordWrap="CJK") measures every character of a paragraph each time it is
    wrapped, and a table cell is wrapped again at every page it is split across: a Chinese
    report measured a million characters, two thirds of its time. The widths never change, so
    they are looked up in ``character_widths``' table instead."""
    textsplit.getCharWidths = character_widths


@lru_cache(maxsize=65_536)
def word_width(text: str, font: str, size: float, encoding: str = "utf8") -> float:
    """reportlab's ``stringWidth``, remembered: the paragraph wrapper measures each word of a
    paragraph every time it is laid out, and a long note split across pages is laid out again
    from its split point on each of them (a 20,000-character note: 130,000 measurements)."""
    return stringWidth(text, font, size, encoding)


def measure_words_once() -> None:
    """Paragraphs measure their words through ``word_width`` (fonts never change once
    registered, so a word's width in a font and size never changes either)."""
    paragraph.stringWidth = word_width


def widest_word(texts: Iterable[str], font: str, size: float) -> float:
    """The width of the longest unbreakable word among ``texts``: a column at least this wide
    (plus its padding) never has to split one of them mid-word. Chinese breaks between any two
    characters, so only runs of other letters count as words."""
    return max(
        (stringWidth(word, font, size) for text in texts for word in _WORD.findall(text)),
        default=0.0,
    )


def fit_columns(
    widths: Sequence[float], needs: Sequence[float], total: float, padding: float = 10
) -> list[float]:
    """Column fractions widened so that column i is at least ``needs[i]`` points plus its
    padding wide; the room comes from the widest column, the one that wraps text best."""
    columns = list(widths)
    flexible = columns.index(max(columns))
    # The widest column gives at most half its room: a word longer than that (a 500-character
    # title with no space) is split by the paragraph instead of pushing a column off the page.
    floor = columns[flexible] / 2
    for index, need in enumerate(needs):
        want = (need + padding + 1) / total
        if index != flexible and want > columns[index]:
            grow = min(want - columns[index], columns[flexible] - floor)
            columns[flexible] -= grow
            columns[index] += grow
    return columns


def heading_with_first_row(
    heading: Flowable | Sequence[Flowable],
    table: Table,
    width: float,
    first_rows: Table | None = None,
) -> list[Flowable]:
    """A heading, then its table, starting on a new page unless the heading, the table's header
    and its first rows all fit on this one: a tall first row would otherwise leave the heading
    alone at the foot of a page. ``first_rows``, the same table cut after its first two rows, is
    measured instead of a long table: laying out 500 rows to learn the height of two costs a
    third of a second."""
    measured = first_rows if first_rows is not None else table
    measured.wrap(width, 10_000)
    # Two rows, when there are two: a table never leaves one row alone at a page's foot.
    rows = measured._rowHeights[: measured.repeatRows + 2]  # reportlab has no getter
    headings = [heading] if isinstance(heading, Flowable) else list(heading)
    heading_height = sum(
        h.wrap(width, 10_000)[1] + h.getSpaceBefore() + h.getSpaceAfter() for h in headings
    )
    return [CondPageBreak(heading_height + sum(rows) + 24), *headings, table]


def keep_together(flowables: Sequence[Flowable], width: float, page: float) -> list[Flowable]:
    """The flowables on one page when they fit on one, else flowing on like any others.

    reportlab's KeepTogether cannot hold a ``Heading`` (which declines the foot of a page): when
    the block is split, the heading comes first and refuses, and the export stops with a
    LayoutError. A conditional page break measured from the block does the same job and never
    fails: a block taller than ``page`` asks for at most a fresh page and then splits.
    """
    height = 0.0
    for flowable in flowables:
        _, h = flowable.wrap(width, 10_000)
        height += h + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return [CondPageBreak(min(height, page * 0.95)), *flowables]
