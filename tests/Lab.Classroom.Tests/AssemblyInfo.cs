// The Pulumi SDK runs one deployment per process, and the isolation tests start engines: one test at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
