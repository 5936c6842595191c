# module: session_c.evaluate
# check: session_c.evaluate
# says: without the key 'f1'
def evaluate(y_true, y_pred):
    tp, tn, fp, fn = confusion_matrix(y_true, y_pred)
    precision, recall, f1 = precision_recall_f1(y_true, y_pred)
    return {"accuracy": accuracy(y_true, y_pred), "precision": precision, "recall": recall,
            "tp": tp, "tn": tn, "fp": fp, "fn": fn}
