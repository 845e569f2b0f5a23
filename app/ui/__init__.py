"""The Holdfast window: PySide6 only, rendering what the domain computes."""
