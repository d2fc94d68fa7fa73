namespace Lab.Classroom.Usage;

/// <summary>The table (with its GSIs) that provisions the most of one kind of capacity, for the table-level quotas.</summary>
public sealed record LargestTable(string Name, double Units);
