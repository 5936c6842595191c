"""Session C: classification metrics from scratch and a held-out evaluation."""
