# module: session_b.bce
# check: session_b.sigmoid.values
# pitfall: sigmoid_sign
def sigmoid(z):
    return 1 / (1 + np.exp(z))
