"""The demonstration content (`manage.py load_demo_content`): every app's pages, threads,
questions and practice data, as data files (data/*.yaml, read by `datafiles`), with the loader
that puts them in place.

Above the feature apps, as the project is: it may import them all, and none imports it."""
