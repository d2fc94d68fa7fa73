namespace Lab.Workshop;

/// <summary>A problem the user can fix (bad file, missing table, wrong schema): printed as is, no stack trace.</summary>
public sealed class WorkshopException(string message, Exception? inner = null) : Exception(message, inner);
