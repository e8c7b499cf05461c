"""The wizard's pages: welcome, one per section of the question bank, results."""
