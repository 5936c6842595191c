"""Month 1, Week 2: the contract, references and checks of the calculus and logistic-regression week.

``week.toml`` holds what learners read (titles, points, hints, pitfalls); the
modules ``session_a``, ``session_b`` and ``session_c`` hold the checks' logic.
"""
