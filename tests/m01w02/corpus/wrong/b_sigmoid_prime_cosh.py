# module: session_b.bce
# check: session_b.sigmoid_prime
# pitfall: sigmoid_overflow
# says: overflow encountered in cosh.*z = \[-1000.0, -40.0, 0.0, 40.0, 1000.0\]|z = \[-1000.0, -40.0, 0.0, 40.0, 1000.0\].*cosh
# seeds: 20
def sigmoid_prime(z):
    return 1 / (4 * np.cosh(np.asarray(z, dtype=float) / 2) ** 2)
