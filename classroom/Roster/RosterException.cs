namespace Lab.Classroom.Roster;

/// <summary>A roster the class cannot use; one line per problem, each naming the file, the line and what was expected.</summary>
public sealed class RosterException(IReadOnlyList<string> problems) : Exception(string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
