using Lab.Infra.Building;
using Lab.Infra.Configuration;
using Lab.Infra.Labs;
using Lab.Infra.Packaging;
using Pulumi;

namespace Lab.Infra;

/// <summary>
/// The whole stack: one ComponentResource per selected lab, the student's dashboard, and the outputs
/// test harnesses read. `pulumi up` runs it through Deployment.RunAsync; `lab plan`, `lab local` and
/// the tests run the same method under Pulumi's mocks.
/// </summary>
public static class LabProgram
{
    private static readonly IReadOnlyDictionary<string, Func<StudentContext, LabComponent>> Catalogue = new Dictionary<string, Func<StudentContext, LabComponent>>
    {
        [LabNames.Kinesis] = student => new KinesisLab(student),
        [LabNames.GameScores] = student => new GameScoresLab(student),
        [LabNames.DesignPatterns] = student => new DesignPatternsLab(student),
        [LabNames.Tourney] = student => new TourneyLab(student),
        [LabNames.EventDriven] = student => new EventDrivenLab(student),
    };

    public static IDictionary<string, object?> Define()
    {
        var config = new Config();
        LabConfig.CheckKeys(ProjectConfig.FromEnvironment());
        var settings = LabConfig.Read(config.Get, Deployment.Instance.StackName);
        var student = new StudentContext(settings, Deployment.Instance.StackName, FunctionPackage.PublishDirectory());

        var labs = settings.Labs.Select(name => (Name: name, Lab: Catalogue[name](student))).ToList();
        var outputs = new Dictionary<string, object?>
        {
            ["student"] = settings.Student,
            ["region"] = student.Region,
            ["dashboardUrl"] = StudentDashboard.Declare(labs.Select(l => l.Lab.Inventory).ToList(), student),
        };
        foreach (var (name, lab) in labs) outputs[name] = lab.Outputs;
        return outputs;
    }
}
