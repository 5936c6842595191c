# module: session_b.train
# check: session_b.gradients
# why: a shared helper computes the logits as X·w − b (sign of b flipped); gradients and predict_proba both call it
def _logits(X, w, b):
    return X @ w - b


def gradients(X, y, w, b):
    error = sigmoid(_logits(X, w, b)) - y
    return X.T @ error / len(y), error.mean()


def predict_proba(X, w, b):
    return sigmoid(_logits(X, w, b))
