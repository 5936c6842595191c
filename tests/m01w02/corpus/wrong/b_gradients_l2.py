# module: session_b.train
# check: session_b.gradients
# why: adds an L2 weight-decay term 0.01·w that the loss does not have
def gradients(X, y, w, b):
    error = sigmoid(X @ w + b) - y
    return X.T @ error / len(y) + 0.01 * w, error.mean()
