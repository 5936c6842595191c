# module: session_b.train
# check: session_b.gradients
# pitfall: bce_grad_sign
def gradients(X, y, w, b):
    error = y - sigmoid(X @ w + b)
    return X.T @ error / len(y), error.mean()
