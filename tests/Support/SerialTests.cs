// libtorch has one global random generator: tests that call manual_seed(…) must not interleave,
// or their "random" inputs (and a failure's numbers) would change from run to run.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
