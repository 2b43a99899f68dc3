"""The frozen program's entry point: the same command line as `facilitator`."""

import sys

from facilitator.cli import main

if __name__ == "__main__":
    sys.exit(main())
