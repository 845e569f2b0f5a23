"""Reusable painted widgets for the Holdfast window."""
