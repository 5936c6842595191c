# module: session_b.train
# check: session_b.gradients
# pitfall: bce_grad_no_sigmoid
def gradients(X, y, w, b):
    error = (X @ w + b) - y
    return X.T @ error / len(y), error.mean()
