// A Pulumi deployment is process-wide state: run one at a time, as with the real SDK.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
