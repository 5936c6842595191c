# module: session_b.bce
# check: session_b.sigmoid.stable
# pitfall: sigmoid_overflow
# says: RuntimeWarning: overflow
def sigmoid(z):
    return 1 / (1 + np.exp(-z))
