"""Printing a PDF the core made through the system's print dialog, page images from PDFium."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QWidget

from ui import prompts
from ui.dialogs.preview import PdfPages


def print_pdf(
    parent: QWidget, pages: PdfPages, export_instead: Callable[[], None] | None = None
) -> bool:
    """Print through the system dialog. Without a printer, say so plainly and offer
    ``export_instead`` (saving the PDF to print elsewhere) when there is one."""
    if not QPrinterInfo.availablePrinters():
        title = QCoreApplication.translate("PreviewDialog", "Print")
        if export_instead is None:
            prompts.error(
                parent,
                title,
                QCoreApplication.translate(
                    "PreviewDialog",
                    "No printer is set up on this computer. Export the PDF instead and print it elsewhere.",
                ),
            )
        elif (
            prompts.choose(
                parent,
                title,
                QCoreApplication.translate(
                    "PreviewDialog",
                    "No printer is set up on this computer. Export the PDF, to print it elsewhere?",
                ),
                [QCoreApplication.translate("PreviewDialog", "Export PDF…")],
            )
            == 0
        ):
            export_instead()
        return False
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFromTo(1, pages.count())
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    first, last = (
        (printer.fromPage(), printer.toPage()) if printer.fromPage() else (1, pages.count())
    )
    painter = QPainter(printer)
    try:
        for number in range(first - 1, last):
            if number > first - 1:
                printer.newPage()
            target = printer.pageLayout().paintRectPixels(printer.resolution())
            width, height = pages.size(number)
            scale = min(target.width() / width, target.height() / height)
            painter.drawImage(0, 0, pages.image(number, scale))
    finally:
        painter.end()
    return True
