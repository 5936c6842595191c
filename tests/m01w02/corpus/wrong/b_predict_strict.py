# module: session_b.train
# check: session_b.predict
# pitfall: threshold_strict
def predict(X, w, b):
    return (predict_proba(X, w, b) > 0.5).astype(int)
