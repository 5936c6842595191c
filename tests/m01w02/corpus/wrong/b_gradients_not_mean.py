# module: session_b.train
# check: session_b.gradients
# pitfall: grad_not_divided_by_n
def gradients(X, y, w, b):
    error = sigmoid(X @ w + b) - y
    return X.T @ error, error.sum()
