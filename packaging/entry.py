"""The bundle's entry point: the `dlready` command, exactly as `pip install` makes it."""

import sys
import warnings

# The bundle leaves out mpl_toolkits (3D plots, never drawn here); matplotlib warns on every
# import that Axes3D is missing, which would reach the user's terminal.
warnings.filterwarnings("ignore", message="Unable to import Axes3D", category=UserWarning)

from wizard.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
