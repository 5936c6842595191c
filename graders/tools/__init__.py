"""The learner's own tools: the pytest plugin, watch, recall and status."""
