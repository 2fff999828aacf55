"""Truce core: the workshop domain, its content, storage, documents and CLI. Never imports Qt."""

__version__ = "0.1.0"
