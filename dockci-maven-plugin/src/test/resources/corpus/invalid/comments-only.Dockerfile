# Just comments.
# Nothing to build here.

# TODO: write the image
