// The Pulumi SDK runs one deployment per process: stack tests must not run in parallel.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
