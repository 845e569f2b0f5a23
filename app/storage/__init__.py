"""Keeping the logbook on disk: the only package that knows about TinyDB and files."""
