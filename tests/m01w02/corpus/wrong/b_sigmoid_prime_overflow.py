# module: session_b.bce
# check: session_b.sigmoid_prime
# pitfall: sigmoid_overflow
def sigmoid_prime(z):
    e = np.exp(-z)
    return e / (1 + e) ** 2
