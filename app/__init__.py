"""Holdfast: a calm tracker for a period of no contact after a breakup."""
