"""The PDF brief: reportlab and matplotlib, no Qt."""
