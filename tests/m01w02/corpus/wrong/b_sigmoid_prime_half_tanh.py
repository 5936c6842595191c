# module: session_b.bce
# check: session_b.sigmoid_prime
# why: σ'(z) = ¼·sech²(z/2), written with the wrong constant ½
def sigmoid_prime(z):
    return 0.5 * (1 - np.tanh(np.asarray(z, dtype=float) / 2) ** 2)
