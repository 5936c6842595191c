# module: session_b.bce
def sigmoid(z):
    return 0.5 * (1 + np.tanh(z / 2))
