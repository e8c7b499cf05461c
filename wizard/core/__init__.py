"""The Qt-free heart of dlready: questions, assessment files, rules, scoring and what-if."""
