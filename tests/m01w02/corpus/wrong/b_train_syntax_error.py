# module: session_b.train
# check: session_b.gradients
# says: syntax error on line \d+
def gradients(X, y, w, b):
    error = sigmoid(X @ w + b) - y
    return X.T @ error / len(y), error.mean(
