"""A fixture week: the softmax and its gradient: week.toml says what a learner reads, day_1.py how each check decides."""
