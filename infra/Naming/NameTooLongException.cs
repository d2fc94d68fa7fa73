namespace Lab.Infra.Naming;

/// <summary>A student name that makes some physical name exceed its AWS limit; raised at preview.</summary>
public sealed class NameTooLongException(string student, string kind, string example, int limit, int maxStudentLength)
    : Exception($"Student name '{student}' is too long: the {kind} name '{example}' would be {example.Length} characters, " +
                $"AWS allows {limit}. Use a student name of at most {maxStudentLength} characters (config key '{Configuration.LabConfig.Project}:student').");
