# module: session_b.train
# check: session_b.gradients
# says: shape \(2,\); expected \(3,\)
def gradients(X, y, w, b):
    error = sigmoid(X @ w + b) - y
    return np.array([np.mean(error * X[:, 0]), np.mean(error * X[:, 1])]), error.mean()
