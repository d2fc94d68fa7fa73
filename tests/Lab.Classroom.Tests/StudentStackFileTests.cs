using System.Text.Json;
using Lab.Classroom.Prepare;
using Lab.Classroom.Roster;
using Lab.Engines;
using Lab.Infra.Configuration;
using Lab.Infra.Planning;

namespace Lab.Classroom.Tests;

/// <summary>The stack files `lab class prepare` writes are read back the way Pulumi hands config to the program.</summary>
public sealed class StudentStackFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lab-prepare-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private IReadOnlyDictionary<string, string> RenderAndRead(RosterEntry entry)
    {
        var path = Path.Combine(_folder, StudentStackFile.FileName(entry.Student));
        File.WriteAllText(path, StudentStackFile.Render(StackConfigFile.PathFor(RepoPaths.Root, "dev"), entry, "us-east-1", StudentStackFile.DefaultRole));
        return StackConfigFile.Read(path);
    }

    [Fact]
    public void A_student_gets_the_class_config_with_their_name_and_Region()
    {
        var config = RenderAndRead(new RosterEntry(2, "alice", null, "eu-west-1"));
        var classConfig = StackConfigFile.Read(StackConfigFile.PathFor(RepoPaths.Root, "dev"));

        Assert.Equal("alice", config["student"]);
        Assert.Equal("eu-west-1", config["aws:region"]);
        Assert.False(config.ContainsKey(StudentStackFile.AssumeRolesKey));
        foreach (var key in classConfig.Keys.Where(k => k is not ("student" or "aws:region")))
            Assert.Equal(classConfig[key], config[key]);
        // The stack reads it as it reads any stack file.
        var settings = LabConfig.Read(key => config.GetValueOrDefault(key), "alice");
        Assert.Equal("alice", settings.Student);
        Assert.Equal(LabNames.All, settings.Labs);
    }

    [Fact]
    public void A_student_in_another_account_gets_the_providers_assume_role_list()
    {
        var config = RenderAndRead(new RosterEntry(3, "bob", "123456789012", null));

        Assert.Equal("us-east-1", config["aws:region"]);
        // @pulumi/aws 7.48.0 reads aws:assumeRoles as a list of {roleArn, sessionName, ...} (config/vars.d.ts).
        var roles = JsonDocument.Parse(config[StudentStackFile.AssumeRolesKey]).RootElement;
        var hop = Assert.Single(roles.EnumerateArray().ToList());
        Assert.Equal("arn:aws:iam::123456789012:role/OrganizationAccountAccessRole", hop.GetProperty("roleArn").GetString());
        Assert.Equal("lab-bob", hop.GetProperty("sessionName").GetString());
    }

    [Fact]
    public void The_assume_role_key_is_the_one_the_pinned_provider_reads()
    {
        var vars = File.ReadAllText(Path.Combine(RepoPaths.Root, "node_modules", "@pulumi", "aws", "config", "vars.js"));
        Assert.Contains("__config.getObject(\"assumeRoles\")", vars);
        Assert.Equal("aws:assumeRoles", StudentStackFile.AssumeRolesKey);
    }
}
