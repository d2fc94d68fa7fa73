using Pulumi;

namespace Lab.Infra.Naming;

/// <summary>
/// Physical names "&lt;lab name&gt;-&lt;student&gt;-&lt;suffix&gt;": the lab's own name stays recognisable in the
/// console, the student and a random suffix keep every student's resources apart.
/// </summary>
public sealed class StudentNaming(string student, Output<string> suffix)
{
    public const int SuffixLength = 4;

    public string Student { get; } = student;
    public Output<string> Suffix { get; } = suffix;

    /// <summary>The name for <paramref name="labName"/>; throws at preview when it cannot fit <paramref name="limit"/>.</summary>
    public Output<string> Name(string labName, int limit, string kind)
    {
        var length = labName.Length + 1 + Student.Length + 1 + SuffixLength;
        if (length > limit)
        {
            var maxStudent = limit - labName.Length - 2 - SuffixLength;
            throw new NameTooLongException(Student, kind, $"{labName}-{Student}-{new string('x', SuffixLength)}", limit, maxStudent);
        }
        return Suffix.Apply(suffix => $"{labName}-{Student}-{suffix}");
    }
}
