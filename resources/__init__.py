"""Data files the program reads (icons, sample assessments), installed as `wizard.resources`."""
