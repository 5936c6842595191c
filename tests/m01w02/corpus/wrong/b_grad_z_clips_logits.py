# module: session_b.bce
# check: session_b.bce_grad_z
# why: the logits clipped to [−10, 10] "for stability" before σ: bce_grad_z(12, 1) is σ(10) − 1 = −4.5e-5 instead of −6.1e-6; the check's z stay within ±6
def bce_grad_z(z, y):
    return sigmoid(np.clip(np.asarray(z, dtype=float), -10, 10)) - np.asarray(y, dtype=float)
