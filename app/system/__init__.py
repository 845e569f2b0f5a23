"""Qt-free adapters to this machine: its folders, clock, desktop and Holdfast's own files."""
