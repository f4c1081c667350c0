"""Running the stages: the build, its executors (in-process, pool, Dask), manifest and build folder."""
