using Lab.Infra.Building;
using Lab.Infra.Configuration;
using Lab.Infra.Labs;
using Lab.Infra.Packaging;
using Pulumi;

namespace Lab.Infra;

/// <summary>
/// The whole stack: one ComponentResource per selected lab, and the outputs test harnesses read.
/// `pulumi up` runs it through Deployment.RunAsync; `lab plan`, `lab local` and the tests run the same
/// method under Pulumi's mocks.
/// </summary>
public static class LabProgram
{
    public static IDictionary<string, object?> Define()
    {
        var config = new Config();
        var settings = LabConfig.Read(config.Get, Deployment.Instance.StackName);
        var student = new StudentContext(settings, Deployment.Instance.StackName, FunctionPackage.PublishDirectory());

        var outputs = new Dictionary<string, object?>
        {
            ["student"] = settings.Student,
            ["region"] = student.Region,
        };
        if (settings.Includes(LabNames.GameScores)) outputs[LabNames.GameScores] = new GameScoresLab(student).Outputs;
        return outputs;
    }
}
