# module: session_b.train
# check: session_b.gradients
# why: grad_w divided by the number of features X.shape[1] instead of the number of examples
def gradients(X, y, w, b):
    error = sigmoid(X @ w + b) - y
    return X.T @ error / X.shape[1], error.mean()
