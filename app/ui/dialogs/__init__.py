"""Dialogs, each behind an ask() that tests can replace."""
