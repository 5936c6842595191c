"""For course authors: stubs from references, mutation analysis, new weeks and their checks."""
