"""Preview a PDF the core made, page by page, zoom in and out, and print it."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QPointF, QSize, Qt
from PySide6.QtGui import QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui import prompts

ZOOM_STEP = 1.25


class PreviewDialog(QDialog):
    def __init__(self, title: str, pdf: bytes, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(900, 1000)
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.view = QPdfView(self, objectName="pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.page = QSpinBox(
            objectName="previewPage", minimum=1, maximum=max(self.document.pageCount(), 1)
        )
        self.page.valueChanged.connect(self._jump)
        self.view.pageNavigator().currentPageChanged.connect(lambda p: self.page.setValue(p + 1))
        of_pages = QLabel(self.tr("of %1").replace("%1", str(self.document.pageCount())))
        zoom_out = QPushButton(self.tr("Zoom out"), objectName="zoomOut")
        zoom_out.setShortcut(QKeySequence.StandardKey.ZoomOut)
        zoom_out.clicked.connect(lambda: self._zoom(1 / ZOOM_STEP))
        zoom_in = QPushButton(self.tr("Zoom in"), objectName="zoomIn")
        zoom_in.setShortcut(QKeySequence.StandardKey.ZoomIn)
        zoom_in.clicked.connect(lambda: self._zoom(ZOOM_STEP))
        fit = QPushButton(self.tr("Fit width"), objectName="zoomFit")
        fit.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
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
        bar.addWidget(print_button)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

    def _jump(self, page: int) -> None:
        if self.view.pageNavigator().currentPage() != page - 1:
            self.view.pageNavigator().jump(page - 1, QPointF(), self.view.zoomFactor())

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(max(self.view.zoomFactor() * factor, 0.25), 6.0))

    def print_document(self) -> None:
        print_pdf(self, self.document)


def print_pdf(parent: QWidget, document: QPdfDocument) -> bool:
    """Print through the system dialog; says so plainly when the machine has no printer."""
    if not QPrinterInfo.availablePrinters():
        prompts.error(
            parent,
            QCoreApplication.translate("PreviewDialog", "Print"),
            QCoreApplication.translate(
                "PreviewDialog",
                "No printer is set up on this computer. Export the PDF instead and print it elsewhere.",
            ),
        )
        return False
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFromTo(1, document.pageCount())
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    first, last = (
        (printer.fromPage(), printer.toPage()) if printer.fromPage() else (1, document.pageCount())
    )
    painter = QPainter(printer)
    try:
        for number in range(first - 1, last):
            if number > first - 1:
                printer.newPage()
            target = printer.pageLayout().paintRectPixels(printer.resolution())
            size = (
                document.pagePointSize(number)
                .toSize()
                .scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            )
            image = document.render(number, QSize(size.width(), size.height()))
            painter.drawImage(0, 0, image)
    finally:
        painter.end()
    return True
