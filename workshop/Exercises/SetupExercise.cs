using System.Diagnostics;
using Amazon.DynamoDBv2;
using Lab.Local;
using Lab.Workshop.Output;
using Lab.Workshop.Target;

namespace Lab.Workshop.Exercises;

public sealed record SetupResult(string Endpoint, string? OutputsFile, IReadOnlyDictionary<string, ProvisionedTable> Tables, double Seconds);

/// <summary>Creates the designPatterns tables, as the stack declares them, in a local engine and writes the outputs file the other exercises read.</summary>
public static class SetupExercise
{
    public static async Task<SetupResult> RunAsync(
        ITableDeclarationSource declarations, string endpoint, string student, string region, string? outputsOut, WorkshopConsole console, CancellationToken ct = default)
    {
        var watch = Stopwatch.StartNew();
        var declared = await declarations.GetTablesAsync(WorkshopOutputs.Lab, ct);
        if (declared.Count == 0) throw new WorkshopException($"the stack declares no tables for the {WorkshopOutputs.Lab} lab.");
        using var client = WorkshopTarget.CreateClient(endpoint, region);
        var provisioner = new LocalTableProvisioner(client);
        var tables = new Dictionary<string, ProvisionedTable>();
        foreach (var table in declared)
        {
            ProvisionedTable created;
            try
            {
                created = await provisioner.ProvisionAsync(table.Inputs, table.Key, ct);
            }
            catch (AmazonDynamoDBException e)
            {
                // e.g. DynamoDB Local, like an account, refuses more than 80,000 provisioned units in total.
                throw new WorkshopException($"table '{table.Key}': the engine at {endpoint} refused it: {e.Message}", e);
            }
            tables[table.Key] = created;
            console.Line($"{table.Key}: {created.Name} ACTIVE{(created.StreamArn is null ? "" : $", stream {created.StreamArn}")}");
        }
        if (outputsOut is not null)
        {
            new WorkshopOutputs(student, region, tables).Write(outputsOut);
            console.Line($"outputs written to {outputsOut}");
        }
        var seconds = Seconds.Of(watch);
        console.Line($"{tables.Count} tables ready in {Seconds.Text(seconds)} seconds");
        return new SetupResult(endpoint, outputsOut, tables, seconds);
    }
}
