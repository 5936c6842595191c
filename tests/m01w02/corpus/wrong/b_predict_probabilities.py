# module: session_b.train
# check: session_b.predict
# pitfall: predict_probabilities
def predict(X, w, b):
    return predict_proba(X, w, b)
