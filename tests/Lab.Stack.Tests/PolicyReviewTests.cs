using Lab.Engines;
using Lab.Infra.Planning;
using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.Json;

namespace Lab.Stack.Tests;

/// <summary>`lab plan | lab review` on the shipped stack: the policy pack's offline runner over the real plan.</summary>
public class PolicyReviewTests
{
    private static readonly string Root = RepoPaths.Root;

    [Fact]
    public async Task The_stack_as_shipped_passes_review_with_no_violation()
    {
        var plan = await DevPlanAsync();
        var (exit, output) = Review(plan);
        Assert.True(exit == 0, output);
        var result = JsonDocument.Parse(output).RootElement;
        Assert.Equal(0, result.GetProperty("mandatory").GetInt32());
        Assert.Equal(73, result.GetProperty("resources").GetInt32());
    }

    [Fact]
    public async Task An_injected_wildcard_policy_fails_review_naming_the_resource()
    {
        var plan = await DevPlanAsync();
        plan["resources"]!.AsArray().Add(new JsonObject
        {
            ["type"] = "aws:iam/rolePolicy:RolePolicy",
            ["name"] = "injected-wildcard-policy",
            ["parent"] = "gameScores",
            ["inputs"] = new JsonObject
            {
                ["role"] = "AggregateScoresByUser-dev-0000",
                ["policy"] = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"dynamodb:*","Resource":"*"}]}""",
            },
        });
        var (exit, output) = Review(plan);
        Assert.Equal(1, exit);
        var violations = JsonDocument.Parse(output).RootElement.GetProperty("violations").EnumerateArray().ToList();
        Assert.NotEmpty(violations);
        Assert.All(violations, v => Assert.Contains("injected-wildcard-policy", v.GetRawText()));
        Assert.Contains(violations, v => v.GetRawText().Contains("iam-no-wildcards"));
    }

    private static async Task<JsonNode> DevPlanAsync()
    {
        var config = StackConfigFile.Read(Path.Combine(Root, "Pulumi.dev.yaml"));
        var plan = await StackEvaluator.EvaluateAsync("dev", config, Directory.CreateTempSubdirectory("lab-publish-").FullName);
        return JsonNode.Parse(PlanJson.Serialize(plan, Root))!;
    }

    private static (int Exit, string Output) Review(JsonNode plan)
    {
        var runner = Path.Combine(Root, "policy", "dist", "src", "review.js");
        Assert.True(File.Exists(runner), $"{runner} is missing: compile the policy pack first (npx --no-install tsc -p policy), as scripts/test does.");
        var planFile = Path.Combine(Directory.CreateTempSubdirectory("lab-plan-").FullName, "plan.json");
        File.WriteAllText(planFile, plan.ToJsonString());
        var start = new ProcessStartInfo("node") { ArgumentList = { runner, "--plan", planFile, "--json" }, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + errors);
    }
}
