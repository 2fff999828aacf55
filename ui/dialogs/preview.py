"""Preview a PDF the core made, page by page, zoom in and out, and hand it to printing.

Pages are rendered by PDFium (pypdfium2) rather than QtPdf: QtPdf ships with PySide6 6.12 only as
its own package, and 6.12 leaks a reference to None on every void call under Python 3.11, which
crashes a long workshop. PDFium renders the same pages on every Qt version Truce supports.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QImage, QKeySequence, QPalette, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

ZOOM_STEP = 1.25
ZOOM_RANGE = (0.25, 6.0)
PIXELS_PER_POINT = 96 / 72  # zoom 1.0 shows a page at its printed size on a 96-dpi screen
PAGE_GAP = 12


class PdfPages:
    """The pages of one PDF, measured in points and rendered on demand."""

    def __init__(self, pdf: bytes):
        import pypdfium2

        self._document = pypdfium2.PdfDocument(pdf)

    def count(self) -> int:
        return len(self._document)

    def size(self, number: int) -> tuple[float, float]:
        """Width and height of a page in points."""
        return self._document[number].get_size()

    def image(self, number: int, pixels_per_point: float) -> QImage:
        import pypdfium2.raw as pdfium

        bitmap = self._document[number].render(
            scale=pixels_per_point,
            rev_byteorder=True,
            force_bitmap_format=pdfium.FPDFBitmap_BGRx,
        )
        image = QImage(
            bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBX8888
        )
        return image.copy()  # detach from PDFium's buffer before it is freed


class PageView(QScrollArea):
    """Every page one under the other; only the pages in view are rendered, at the current zoom."""

    currentPageChanged = Signal(int)

    def __init__(self, pages: PdfPages, parent: QWidget | None = None):
        super().__init__(parent, objectName="pdfView")
        self.pages = pages
        self._zoom = 1.0
        self._fit_width = True
        self._current = 0
        self._rendered: dict[int, float] = {}
        self.setWidgetResizable(False)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.setBackgroundRole(QPalette.ColorRole.Dark)
        canvas = QWidget()
        column = QVBoxLayout(canvas)
        column.setSpacing(PAGE_GAP)
        column.setContentsMargins(PAGE_GAP, PAGE_GAP, PAGE_GAP, PAGE_GAP)
        self._labels = []
        for _ in range(pages.count()):
            label = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
            label.setStyleSheet("background: white;")
            column.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self._labels.append(label)
        self.setWidget(canvas)
        self.verticalScrollBar().valueChanged.connect(self._on_scroll)
        QTimer.singleShot(0, self._layout_pages)

    def zoomFactor(self) -> float:
        return self._zoom

    def setZoomFactor(self, zoom: float) -> None:
        self._fit_width = False
        self._set_zoom(min(max(zoom, ZOOM_RANGE[0]), ZOOM_RANGE[1]))

    def fitWidth(self) -> None:
        self._fit_width = True
        self._layout_pages()

    def currentPage(self) -> int:
        return self._current

    def jump(self, number: int) -> None:
        if 0 <= number < len(self._labels):
            self.verticalScrollBar().setValue(self._labels[number].y() - PAGE_GAP)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._fit_width:
            self._layout_pages()

    def _set_zoom(self, zoom: float) -> None:
        if zoom != self._zoom:
            self._zoom = zoom
            self._rendered.clear()
        self._layout_pages()

    def _layout_pages(self) -> None:
        if not self._labels:
            return
        if self._fit_width:
            widest = max(self.pages.size(n)[0] for n in range(len(self._labels)))
            room = (
                self.viewport().width() - 2 * PAGE_GAP - self.verticalScrollBar().sizeHint().width()
            )
            zoom = max(room, 100) / (widest * PIXELS_PER_POINT)
            if abs(zoom - self._zoom) > 0.005:
                self._zoom = zoom
                self._rendered.clear()
        for number, label in enumerate(self._labels):
            width, height = self.pages.size(number)
            scale = self._zoom * PIXELS_PER_POINT
            label.setFixedSize(round(width * scale), round(height * scale))
        self.widget().adjustSize()
        self._render_visible()

    def _on_scroll(self) -> None:
        self._render_visible()
        middle = self.verticalScrollBar().value() + self.viewport().height() // 3
        current = max((n for n, label in enumerate(self._labels) if label.y() <= middle), default=0)
        if current != self._current:
            self._current = current
            self.currentPageChanged.emit(current)

    def _render_visible(self) -> None:
        top = self.verticalScrollBar().value()
        bottom = top + self.viewport().height()
        ratio = self.devicePixelRatioF()
        for number, label in enumerate(self._labels):
            visible = label.y() < bottom and label.y() + label.height() > top
            if visible and self._rendered.get(number) != self._zoom:
                image = self.pages.image(number, self._zoom * PIXELS_PER_POINT * ratio)
                image.setDevicePixelRatio(ratio)
                label.setPixmap(QPixmap.fromImage(image))
                self._rendered[number] = self._zoom


class PreviewDialog(QDialog):
    def __init__(
        self,
        title: str,
        pdf: bytes,
        parent: QWidget | None = None,
        print_pages: Callable[[QWidget, PdfPages], object] | None = None,
    ):
        super().__init__(parent)
        self._print_pages = print_pages
        self.setWindowTitle(title)
        self.resize(900, 1000)
        self.document = PdfPages(pdf)
        self.view = PageView(self.document, self)
        count = self.document.count()

        self.page = QSpinBox(objectName="previewPage", minimum=1, maximum=max(count, 1))
        self.page.valueChanged.connect(lambda page: self.view.jump(page - 1))
        self.view.currentPageChanged.connect(lambda p: self.page.setValue(p + 1))
        of_pages = QLabel(self.tr("of %1").replace("%1", str(count)))
        zoom_out = QPushButton(self.tr("Zoom out"), objectName="zoomOut")
        zoom_out.setShortcut(QKeySequence.StandardKey.ZoomOut)
        zoom_out.clicked.connect(lambda: self._zoom(1 / ZOOM_STEP))
        zoom_in = QPushButton(self.tr("Zoom in"), objectName="zoomIn")
        zoom_in.setShortcut(QKeySequence.StandardKey.ZoomIn)
        zoom_in.clicked.connect(lambda: self._zoom(ZOOM_STEP))
        fit = QPushButton(self.tr("Fit width"), objectName="zoomFit")
        fit.clicked.connect(self.view.fitWidth)
        print_button = QPushButton(self.tr("Print…"), objectName="printButton")
        print_button.setShortcut(QKeySequence.StandardKey.Print)
        print_button.clicked.connect(self.print_document)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Page")))
        bar.addWidget(self.page)
        bar.addWidget(of_pages)
        bar.addStretch(1)
        for button in (zoom_out, zoom_in, fit):
            bar.addWidget(button)
        bar.addStretch(1)
        if print_pages is not None:
            bar.addWidget(print_button)
        else:
            print_button.hide()
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

    def _zoom(self, factor: float) -> None:
        self.view.setZoomFactor(self.view.zoomFactor() * factor)

    def print_document(self) -> None:
        if self._print_pages is not None:
            self._print_pages(self, self.document)
