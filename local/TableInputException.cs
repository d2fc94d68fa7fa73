namespace Lab.Local;

/// <summary>A table's declared inputs are missing a value or carry one of the wrong shape.</summary>
public sealed class TableInputException(string message) : Exception(message);

/// <summary>A table of that name already exists in the engine with a different key schema.</summary>
public sealed class TableSchemaMismatchException(string message) : Exception(message);
