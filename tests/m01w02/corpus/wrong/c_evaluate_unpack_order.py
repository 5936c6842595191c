# module: session_c.evaluate
# check: session_c.evaluate
# why: unpacks the confusion counts as (tp, fp, tn, fn), so the tn and fp entries are swapped
def evaluate(y_true, y_pred):
    tp, fp, tn, fn = confusion_matrix(y_true, y_pred)
    precision, recall, f1 = precision_recall_f1(y_true, y_pred)
    return {"accuracy": accuracy(y_true, y_pred), "precision": precision, "recall": recall, "f1": f1,
            "tp": tp, "tn": tn, "fp": fp, "fn": fn}
