"""The bundle's entry point: the `dlready` command, exactly as `pip install` makes it."""

import sys

from wizard.cli import main

if __name__ == "__main__":
    sys.exit(main())
