# base: references
# module: session_b.bce
# fails: session_b.sigmoid.values, session_b.decision_boundary_figure, session_b.snapshot_grid_figure
# says: timed out after
def sigmoid(z):
    while True:
        pass
