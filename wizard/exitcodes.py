"""The exit codes every `dlready` command returns: one place for the CLI, report and window."""

EXIT_OK = 0
EXIT_BAD_INPUT = 2  # a bad file, option or destination; argparse uses 2 for usage errors too
EXIT_READER_GONE = 141  # what a shell reports for a process whose output pipe was closed
