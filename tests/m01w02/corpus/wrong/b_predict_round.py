# module: session_b.train
# check: session_b.predict
# pitfall: threshold_strict
# says: np.round rounds 0.5 to 0
# seeds: 20
def predict(X, w, b):
    return np.round(predict_proba(X, w, b)).astype(int)
