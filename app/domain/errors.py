"""The one error the domain raises: an entry that breaks a rule, with a message for the user."""


class InvalidEntry(ValueError):
    """Raised for input the user can correct; the message says what is allowed.

    Raised with a Said, it can say so in the user's language (words.in_words)."""
