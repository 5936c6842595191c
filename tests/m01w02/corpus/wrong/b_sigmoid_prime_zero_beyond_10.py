# module: session_b.bce
# check: session_b.sigmoid_prime
# why: "σ' is negligible for |z| > 10": returns exactly 0 there, so sigmoid_prime(12) = 0 instead of 6.1e-6 (61× the tolerance); no test value lies between 8 and 40
def sigmoid_prime(z):
    z = np.asarray(z, dtype=float)
    s = sigmoid(np.clip(z, -10, 10))
    return np.where(np.abs(z) > 10, 0.0, s * (1.0 - s))[()]
