"""Session A: the chain rule, partial derivatives and gradients."""
