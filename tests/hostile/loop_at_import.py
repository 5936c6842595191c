# base: references
# module: session_b.animation
# fails: session_b.snapshot_grid_figure
# says: did not finish within
while True:
    pass
