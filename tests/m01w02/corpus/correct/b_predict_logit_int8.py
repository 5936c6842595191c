# module: session_b.train
# why: predict thresholds the logit at 0 (equivalent to p >= 0.5) and returns int8; predict_proba via np.dot
def predict_proba(X, w, b):
    return sigmoid(np.dot(X, w) + b)


def predict(X, w, b):
    return (np.dot(X, w) + b >= 0).astype(np.int8)
