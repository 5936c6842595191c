# module: session_b.train
# why: bias folded into the weights: X augmented with a column of ones, one gradient vector split into (w part, b part)
def gradients(X, y, w, b):
    n = X.shape[0]
    Xa = np.hstack([X, np.ones((n, 1))])
    theta = np.append(w, b)
    g = Xa.T.dot(sigmoid(Xa.dot(theta)) - y) / n
    return g[:-1], g[-1]
