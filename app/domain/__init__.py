"""The rules of no contact in pure Python: no Qt, no storage, no reading of the real clock."""
