using Lab.Classroom.Roster;

namespace Lab.Classroom.Tests;

/// <summary>A roster is read whole: every bad row named with its line and what was expected, the good rows kept.</summary>
public sealed class RosterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lab-roster-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string text)
    {
        var path = Path.Combine(_folder, $"roster-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Students_accounts_and_Regions_are_read_with_their_lines()
    {
        var path = Write("student,account,region\nalice,,\nbob,123456789012,eu-west-1\n\n\"carol\" , 210987654321 , us-east-2\n");

        var roster = ClassRoster.Read(path);

        Assert.Equal(["alice", "bob", "carol"], roster.Select(r => r.Student));
        Assert.Equal([2, 3, 5], roster.Select(r => r.Line));
        Assert.Null(roster[0].Account);
        Assert.Null(roster[0].Region);
        Assert.Equal("123456789012", roster[1].Account);
        Assert.Equal("us-east-2", roster[2].Region);
    }

    [Fact]
    public void A_spreadsheet_export_with_semicolons_and_only_a_student_column_is_read()
    {
        var path = Write("Student;Email\nalice;a@example.com\nbob;b@example.com\n");
        var warnings = new List<string>();

        var roster = ClassRoster.Read(path, warnings.Add);

        Assert.Equal(["alice", "bob"], roster.Select(r => r.Student));
        Assert.Contains(warnings, w => w.Contains("column 'email' is not used"));
    }

    [Fact]
    public void Every_bad_row_is_reported_at_once_with_the_stacks_own_message_for_names()
    {
        var path = Write("student,account,region\nalice,,\nAlice,,\nalice,,\nbob,12345,\ncarol,,mars-1\n,,\n");

        var error = Assert.Throws<RosterException>(() => ClassRoster.Read(path));

        Assert.Equal(5, error.Problems.Count);
        Assert.Contains($"{path}:3: Invalid config 'dynamodb-labs:student' = 'Alice': use 1-64 characters: lowercase letters, digits and '-'", error.Problems[0]);
        Assert.Equal($"{path}:4: student 'alice' is already on line 2; every student needs a name of their own.", error.Problems[1]);
        Assert.Equal($"{path}:5: account '12345' is not an AWS account ID (12 digits).", error.Problems[2]);
        Assert.Equal($"{path}:6: region 'mars-1' is not an AWS Region name (such as us-east-1).", error.Problems[3]);
        Assert.Equal($"{path}:7: no student name; every row needs one.", error.Problems[4]);
    }

    [Theory]
    [InlineData("", "empty; expected a header line with a 'student' column")]
    [InlineData("name,account\nalice,\n", ":1: no 'student' column; the header has 'name', 'account'.")]
    [InlineData("student\n", "no students; add one row per student under the header.")]
    [InlineData("student\n\"alice,\nbob\n", "not valid CSV")]
    public void A_roster_without_students_is_refused_saying_what_it_lacks(string text, string expected)
    {
        var error = Assert.Throws<RosterException>(() => ClassRoster.Read(Write(text)));
        Assert.Contains(expected, Assert.Single(error.Problems));
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var missing = Path.Combine(_folder, "nope.csv");
        var error = Assert.Throws<RosterException>(() => ClassRoster.Read(missing));
        Assert.Equal($"{missing}: the roster file does not exist.", Assert.Single(error.Problems));
    }
}
