# module: session_b.train
# why: predict_proba with np.einsum, predict with np.heaviside(p - 0.5, 1) (exactly 0.5 gives 1)
def predict_proba(X, w, b):
    return sigmoid(np.einsum("ij,j->i", X, w) + b)


def predict(X, w, b):
    return np.heaviside(predict_proba(X, w, b) - 0.5, 1.0)
