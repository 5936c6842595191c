"""Day 1: the softmax, its cross-entropy gradient, and one derivative by hand."""
