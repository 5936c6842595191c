"""Comparing learner outputs with independent oracles: numbers, expressions, gradients, figures."""
