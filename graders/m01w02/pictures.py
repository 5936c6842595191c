"""The pictures of this week's report: boundaries, the loss curve, the grid, the gradient field, counts."""
import numpy as np

from graders.grading.html_report import Picture, figure_png, learner_picture, learner_value, pyplot
from . import oracles


def _reference_boundary(X, y, w, b):
    plt = pyplot()
    fig, ax = plt.subplots(figsize=(5, 4.5))
    lo, hi = X.min(axis=0) - 1, X.max(axis=0) + 1
    gx, gy = np.meshgrid(np.linspace(lo[0], hi[0], 100), np.linspace(lo[1], hi[1], 100))
    p = oracles.sigma(w[0] * gx + w[1] * gy + b)
    ax.contourf(gx, gy, p, levels=np.linspace(0, 1, 11), cmap="RdBu_r", alpha=0.6)
    ax.contour(gx, gy, p, levels=[0.5], colors="k")
    ax.scatter(X[:, 0], X[:, 1], c=y, cmap="RdBu_r", edgecolor="k", s=18)
    ax.set_title("reference")
    return figure_png(fig)


def _loss_curve(learner_losses, reference_losses):
    plt = pyplot()
    fig, ax = plt.subplots(figsize=(6, 3.5))
    ax.plot(reference_losses, label="reference", linewidth=3, alpha=0.5)
    if learner_losses is not None:
        ax.plot(learner_losses, label="yours", linestyle="--")
    ax.set_xlabel("update")
    ax.set_ylabel("mean BCE")
    ax.legend()
    return figure_png(fig)


def _confusion(counts, title):
    plt = pyplot()
    tp, tn, fp, fn = counts
    matrix = np.array([[tn, fp], [fn, tp]], dtype=float)
    fig, ax = plt.subplots(figsize=(3.6, 3.4))
    ax.imshow(matrix, cmap="Blues")
    for (row, col), value in np.ndenumerate(matrix):
        ax.text(col, row, f"{value:g}", ha="center", va="center", fontsize=14)
    ax.set_xticks([0, 1], ["predicted 0", "predicted 1"])
    ax.set_yticks([0, 1], ["label 0", "label 1"])
    ax.set_title(title)
    return figure_png(fig)


def pictures(run, sessions):
    """The pictures for the graded sessions, in course order."""
    rng = np.random.default_rng(run.seed)
    shown = []
    if "session_a" in sessions:
        shown.append(learner_picture(run, "session_a", "gradient_field_figure", (), "Gradient field",
                                      "Your gradient_field_figure(): arrows of ∇f over the contours of "
                                      "x² + 3xy + y²."))
    if "session_b" in sessions:
        X, y = oracles.blobs(rng, 200)
        w, b, ref_losses, ref_snapshots = oracles.gradient_descent(X, y, 0.1, 2000, 50)
        shown.append(learner_picture(run, "session_b", "decision_boundary_figure", (X, y, w, b),
                                      "Your decision boundary", "decision_boundary_figure(X, y, w, b) for a trained "
                                      "model (w and b from the reference training)."))
        shown.append(Picture("The reference's", "The same data, weights and boundary, drawn by the grader.",
                             _reference_boundary(X, y, w, b)))
        trained = learner_value(run, "session_b", "train", X, y)
        losses = None
        if isinstance(trained, (tuple, list)) and len(trained) == 4:
            try:
                losses = np.asarray(trained[2], dtype=float).ravel()
            except (TypeError, ValueError):
                losses = None
        note = "" if losses is not None else " (your train(X, y) gave no losses to draw)"
        shown.append(Picture("The loss during training", "Mean BCE before each update: your train(X, y) against "
                             f"the reference run of gradient descent{note}.", _loss_curve(losses, ref_losses)))
        shown.append(learner_picture(run, "session_b", "snapshot_grid_figure", (X, y, ref_snapshots),
                                      "Watching it learn", "Your snapshot_grid_figure at iterations 0, 100, 500 "
                                      "and 2000 of the reference training."))
    if "session_c" in sessions:
        X, y = oracles.blobs(rng, 400)
        order = rng.permutation(len(y))
        test, train = order[:100], order[100:]
        w, b, _, _ = oracles.gradient_descent(X[train], y[train], 0.1, 2000, 2000)
        predictions = (X[test] @ w + b >= 0).astype(int)
        truth = y[test].astype(int)
        counts = learner_value(run, "session_c", "confusion_matrix", truth, predictions)
        if isinstance(counts, (tuple, list)) and len(counts) == 4:
            try:
                png = _confusion([float(np.asarray(c).reshape(())) for c in counts], "your counts")
                shown.append(Picture("Confusion matrix", "Your confusion_matrix on 100 held-out points, for a "
                                     "model the grader trained on the other 300.", png))
            except (TypeError, ValueError):
                shown.append(Picture("Confusion matrix", "", missing="Your confusion_matrix returned non-numbers."))
        else:
            shown.append(Picture("Confusion matrix", "", missing="Your confusion_matrix did not return (TP, TN, FP, FN)."))
        reference = [int(np.sum((predictions == p) & (truth == t))) for p, t in ((1, 1), (0, 0), (1, 0), (0, 1))]
        shown.append(Picture("The reference's counts", "The same predictions, counted by the grader.",
                             _confusion(reference, "reference counts")))
    return shown
