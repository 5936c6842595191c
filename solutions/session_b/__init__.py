"""Session B: the sigmoid, binary cross-entropy and a logistic-regression training loop."""
