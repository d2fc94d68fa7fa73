using System.Text.Json;

namespace Lab.Cli.Tests;

/// <summary>`lab class plan | prepare | local` as users run them: exit codes, the binding quota named, files written or not.</summary>
public sealed class ClassCommandTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);
    private readonly string _folder = Directory.CreateTempSubdirectory("lab-class-").FullName;
    private readonly List<string> _stackFiles = [];

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        foreach (var file in _stackFiles) File.Delete(file);
    }

    /// <summary>A class stack file beside Pulumi.yaml, where `--stack` looks; removed after the test.</summary>
    private string ClassStack(string yamlConfig)
    {
        var name = $"classtest-{Guid.NewGuid():N}"[..20];
        var path = Path.Combine(LabCommand.RepositoryRoot, $"Pulumi.{name}.yaml");
        File.WriteAllText(path, $"config:\n{yamlConfig}");
        _stackFiles.Add(path);
        return name;
    }

    private string Roster(string text)
    {
        var path = Path.Combine(_folder, $"roster-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task Thirty_students_on_the_default_config_do_not_fit_one_account_and_the_scale_it_names_does()
    {
        var (exit, stdout, stderr) = await LabCommand.RunAsync(["class", "plan", "--students", "30"], Timeout);
        Assert.True(exit == 1, $"exit {exit}\n{stdout}\n{stderr}");
        Assert.Contains("lab class plan: the class does not fit: DynamoDB account-level provisioned WCU (dynamodb.accountWriteCapacity)", stderr);
        Assert.Contains("7 students fit", stderr);
        var scale = System.Text.RegularExpressions.Regex.Match(stdout, @"capacityScale (\d+(\.\d+)?) is the largest").Groups[1].Value;
        Assert.NotEqual("", scale);

        var stack = ClassStack($"  dynamodb-labs:capacityScale: \"{scale}\"\n");
        (exit, stdout, stderr) = await LabCommand.RunAsync(["class", "plan", "--students", "30", "--stack", stack, "--json"], Timeout);
        Assert.True(exit == 0, $"exit {exit}\n{stdout}\n{stderr}");
        var plan = JsonDocument.Parse(stdout).RootElement;
        Assert.True(plan.GetProperty("fits").GetBoolean());
        Assert.Equal(30, plan.GetProperty("students").GetInt32());
        Assert.Equal("dynamodb.accountWriteCapacity", plan.GetProperty("bindingQuota").GetProperty("key").GetString());
        Assert.True(plan.GetProperty("bindingQuota").GetProperty("studentsThatFit").GetInt32() >= 30);
        var wcu = plan.GetProperty("accounts")[0].GetProperty("quotas").EnumerateArray().Single(q => q.GetProperty("key").GetString() == "dynamodb.accountWriteCapacity");
        Assert.True(wcu.GetProperty("used").GetDouble() <= 80_000);
        Assert.StartsWith("https://docs.aws.amazon.com/", wcu.GetProperty("source").GetString());
        Assert.Equal("us-east-1", plan.GetProperty("cost").GetProperty("priceRegion").GetString());
    }

    [Fact]
    public async Task Raised_quotas_and_more_accounts_make_a_class_fit_and_a_bad_quota_is_a_usage_error()
    {
        var (exit, _, stderr) = await LabCommand.RunAsync(
            ["class", "plan", "--students", "30", "--quota", "dynamodb.accountWriteCapacity=400000", "--quota", "dynamodb.accountReadCapacity=300000"], Timeout);
        Assert.True(exit == 0, stderr);

        (exit, _, stderr) = await LabCommand.RunAsync(["class", "plan", "--students", "30", "--accounts", "5"], Timeout);
        Assert.True(exit == 0, stderr);

        (exit, _, stderr) = await LabCommand.RunAsync(["class", "plan", "--students", "30", "--quota", "dynamodb.wcu=1"], Timeout);
        Assert.Equal(2, exit);
        Assert.Contains("--quota 'dynamodb.wcu=1': unknown quota 'dynamodb.wcu'; known: dynamodb.accountWriteCapacity, dynamodb.accountReadCapacity", stderr);
        Assert.DoesNotContain("   at ", stderr);

        (exit, _, stderr) = await LabCommand.RunAsync(["class", "plan"], Timeout);
        Assert.Equal(2, exit);
        Assert.Contains("give either --students N or --roster FILE.", stderr);
    }

    [Fact]
    public async Task Prepare_refuses_a_roster_with_duplicates_and_bad_names_and_writes_nothing()
    {
        var roster = Roster("student\nalice\nBob\nalice\n");
        var output = Path.Combine(_folder, "stacks");

        var (exit, _, stderr) = await LabCommand.RunAsync(["class", "prepare", "--roster", roster, "--out", output], Timeout);

        Assert.Equal(2, exit);
        Assert.Contains($"lab: {roster}:3: Invalid config 'dynamodb-labs:student' = 'Bob'", stderr);
        Assert.Contains($"lab: {roster}:4: student 'alice' is already on line 2", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFiles(output).Any());
    }

    [Fact]
    public async Task Prepare_writes_one_stack_file_per_student_prints_the_commands_and_never_overwrites_without_force()
    {
        var stack = ClassStack("  dynamodb-labs:labs: [gameScores, tourney]\n  aws:region: eu-west-1\n");
        var roster = Roster("student,account\nalice,\nbob,123456789012\n");
        var output = Path.Combine(_folder, "stacks");

        var (exit, stdout, stderr) = await LabCommand.RunAsync(["class", "prepare", "--roster", roster, "--out", output, "--stack", stack], Timeout);
        Assert.True(exit == 0, stderr);
        var bob = File.ReadAllText(Path.Combine(output, "Pulumi.bob.yaml"));
        Assert.Contains("dynamodb-labs:student: bob", bob);
        Assert.Contains("aws:region: eu-west-1", bob);
        Assert.Contains("roleArn: arn:aws:iam::123456789012:role/OrganizationAccountAccessRole", bob);
        Assert.DoesNotContain("assumeRoles", File.ReadAllText(Path.Combine(output, "Pulumi.alice.yaml")));
        Assert.Contains("pulumi stack init alice && pulumi up --stack alice", stdout);
        Assert.Contains("pulumi destroy --stack bob --yes", stdout);

        File.WriteAllText(Path.Combine(output, "Pulumi.alice.yaml"), "edited by the instructor");
        (exit, _, stderr) = await LabCommand.RunAsync(["class", "prepare", "--roster", roster, "--out", output, "--stack", stack], Timeout);
        Assert.Equal(2, exit);
        Assert.Contains("already exist", stderr);
        Assert.Equal("edited by the instructor", File.ReadAllText(Path.Combine(output, "Pulumi.alice.yaml")));

        (exit, _, stderr) = await LabCommand.RunAsync(["class", "prepare", "--roster", roster, "--out", output, "--stack", stack, "--force"], Timeout);
        Assert.True(exit == 0, stderr);
        Assert.Contains("dynamodb-labs:student: alice", File.ReadAllText(Path.Combine(output, "Pulumi.alice.yaml")));
    }

    [Fact]
    public async Task Prepare_refuses_a_roster_that_does_not_fit_naming_the_binding_quota()
    {
        var roster = Roster("student\n" + string.Join("\n", Enumerable.Range(1, 8).Select(i => $"s{i}")) + "\n");
        var output = Path.Combine(_folder, "stacks");

        var (exit, _, stderr) = await LabCommand.RunAsync(["class", "prepare", "--roster", roster, "--out", output], Timeout);

        Assert.Equal(1, exit);
        Assert.Contains("the class does not fit: DynamoDB account-level provisioned WCU (dynamodb.accountWriteCapacity)", stderr);
        Assert.Contains("Nothing was written", stderr);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFiles(output).Any());
    }

    [Fact]
    public async Task Class_local_rehearses_five_students_on_one_pair_of_engines_and_reports_each_students_checks()
    {
        var report = Path.Combine(_folder, "class.json");

        var (exit, stdout, stderr) = await LabCommand.RunAsync(
            ["class", "local", "--students", "5", "--lab", "gameScores", "--lab", "tourney", "--report", report], Timeout);

        Assert.True(exit == 0, $"exit {exit}\n{stdout}\n{stderr}");
        var rows = JsonDocument.Parse(File.ReadAllText(report)).RootElement.EnumerateArray().ToList();
        Assert.All(rows, row => Assert.True(row.GetProperty("pass").GetBoolean()));
        foreach (var student in new[] { "student01", "student02", "student03", "student04", "student05" })
        {
            Assert.Contains(rows, r => r.GetProperty("student").GetString() == student && r.GetProperty("check").GetString() == "mixed batch: alice's total");
            Assert.Contains(rows, r => r.GetProperty("student").GetString() == student && r.GetProperty("lab").GetString() == "tourney");
            Assert.Contains(rows, r => r.GetProperty("student").GetString() == student && r.GetProperty("lab").GetString() == "isolation");
        }
        Assert.Contains(rows, r => r.GetProperty("student").GetString() == "(class)" && r.GetProperty("check").GetString()!.StartsWith("no physical name shared"));
        Assert.Contains("5 students, labs gameScores, tourney", stdout);
    }
}
