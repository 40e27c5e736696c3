"""The frozen bundle's entry point: the same ``nato-reader`` command as the wheel's."""

import sys

from nato_reader.cli import main

if __name__ == "__main__":
    sys.exit(main())
