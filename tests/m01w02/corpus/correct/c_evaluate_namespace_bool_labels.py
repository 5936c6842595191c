# module: session_c.evaluate
# why: dict from vars(types.SimpleNamespace(...)); fraud labels are a BOOL array (rng.random(n) < rate), predictions np.zeros_like (False)
from types import SimpleNamespace


def evaluate(y_true, y_pred):
    tp, tn, fp, fn = confusion_matrix(y_true, y_pred)
    p, r, f = precision_recall_f1(y_true, y_pred)
    report = SimpleNamespace(accuracy=accuracy(y_true, y_pred), precision=p, recall=r, f1=f, tp=tp, tn=tn, fp=fp, fn=fn)
    return vars(report)


def fraud_demo(n=10_000, fraud_rate=0.01, seed=0):
    rng = np.random.default_rng(seed)
    is_fraud = rng.random(n) < fraud_rate
    return evaluate(is_fraud, np.zeros_like(is_fraud))
