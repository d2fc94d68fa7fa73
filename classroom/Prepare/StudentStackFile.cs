using Lab.Classroom.Roster;
using Lab.Infra.Configuration;
using YamlDotNet.RepresentationModel;

namespace Lab.Classroom.Prepare;

/// <summary>
/// One student's Pulumi.&lt;student&gt;.yaml: the class's stack config (labs and every class-wide setting) with the
/// student's name and Region, and for a student in another account the AWS provider's assume-role chain
/// (`aws:assumeRoles`, a list of {roleArn, sessionName} in @pulumi/aws 7.x; the 6.x single `aws:assumeRole` is refused
/// by the 7.x provider).
/// </summary>
public static class StudentStackFile
{
    public const string AssumeRolesKey = "aws:assumeRoles";
    public const string DefaultRole = "OrganizationAccountAccessRole";

    public static string FileName(string student) => $"Pulumi.{student}.yaml";

    /// <param name="classFile">The class's stack file (Pulumi.&lt;stack&gt;.yaml) whose config every student gets.</param>
    /// <param name="role">The role to assume in the student's account (Organizations creates OrganizationAccountAccessRole in member accounts).</param>
    public static string Render(string classFile, RosterEntry entry, string defaultRegion, string role)
    {
        var config = ClassConfig(classFile);
        Set(config, $"{LabConfig.Project}:student", new YamlScalarNode(entry.Student));
        Set(config, "aws:region", new YamlScalarNode(entry.Region ?? defaultRegion));
        if (entry.Account is { } account)
        {
            Set(config, AssumeRolesKey, new YamlSequenceNode(new YamlMappingNode(
                new YamlScalarNode("roleArn"), new YamlScalarNode($"arn:aws:iam::{account}:role/{role}"),
                new YamlScalarNode("sessionName"), new YamlScalarNode($"lab-{entry.Student}"))));
        }
        var document = new YamlStream(new YamlDocument(new YamlMappingNode(new YamlScalarNode("config"), config)));
        using var text = new StringWriter();
        text.WriteLine($"# Written by `lab class prepare` for student {entry.Student} from {Path.GetFileName(classFile)}: the class's config,");
        text.WriteLine("# the student's name and Region" + (entry.Account is null ? "." : $", and the role to assume in account {entry.Account}."));
        document.Save(text, assignAnchors: false);
        // YamlDotNet ends the document with its end marker, which a stack file does not need.
        var yaml = text.ToString().TrimEnd('\n');
        return (yaml.EndsWith("\n...", StringComparison.Ordinal) ? yaml[..^4] : yaml) + "\n";
    }

    private static YamlMappingNode ClassConfig(string classFile)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(classFile)) yaml.Load(reader);
        var copy = new YamlMappingNode();
        if (yaml.Documents.Count > 0 && yaml.Documents[0].RootNode is YamlMappingNode root
            && root.Children.TryGetValue(new YamlScalarNode("config"), out var node) && node is YamlMappingNode config)
        {
            foreach (var (key, value) in config.Children) copy.Add(key, value);
        }
        return copy;
    }

    private static void Set(YamlMappingNode config, string key, YamlNode value) => config.Children[new YamlScalarNode(key)] = value;
}
