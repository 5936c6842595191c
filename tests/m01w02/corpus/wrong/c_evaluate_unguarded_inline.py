# module: session_c.evaluate
# check: session_c.evaluate
# why: evaluate recomputes precision, recall and F1 inline without the 0/0 guards of precision_recall_f1: evaluate(y, all zeros) raises ZeroDivisionError
def evaluate(y_true, y_pred):
    tp, tn, fp, fn = confusion_matrix(y_true, y_pred)
    precision = tp / (tp + fp)
    recall = tp / (tp + fn)
    return {"accuracy": accuracy(y_true, y_pred), "precision": precision, "recall": recall,
            "f1": 2 * precision * recall / (precision + recall), "tp": tp, "tn": tn, "fp": fp, "fn": fn}
