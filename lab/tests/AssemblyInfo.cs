// The lab sets torch's global seed and the current culture: its runs must not overlap.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
