"""nato_reader: read and label Arabic news, right-to-left first and fully offline."""

__version__ = "0.1.0"
