namespace Lab.Workshop;

/// <summary>A problem the user can fix (bad file, missing table, wrong schema): printed as is, no stack trace.</summary>
public class WorkshopException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>An argument value the exercise cannot use (a count below 1, an unknown attribute): a usage error, exit 2.</summary>
public sealed class WorkshopArgumentException(string message) : WorkshopException(message);
